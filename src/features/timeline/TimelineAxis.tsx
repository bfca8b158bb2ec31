import { memo } from 'react';
import type { EventTick, YearMark } from './timelineTicks';

/** Tick height in px: one update → 8 px, each more adds 5 px, capped so a busy day stays in the track. */
export function tickHeight(count: number): number {
  return Math.min(8 + 5 * (Math.max(1, count) - 1), 22);
}

/**
 * The slider's scale: a tick on every update day (taller for more updates, stronger when a
 * status changes hands) and the years. Memoised and keyed on data alone: playback moves the
 * thumb many times a second and must not re-render these.
 */
export const TimelineAxis = memo(function TimelineAxis({
  ticks,
  years,
}: {
  ticks: readonly EventTick[];
  years: readonly YearMark[];
}) {
  return (
    <div className="timeline-axis" aria-hidden="true">
      {ticks.map((t) => (
        <span
          key={t.day}
          className={`timeline-axis__tick${t.setsStatus ? ' timeline-axis__tick--status' : ''}`}
          style={{ left: `${t.position * 100}%`, height: `${tickHeight(t.count)}px` }}
        />
      ))}
      {years.map((y) => (
        <span
          key={y.year}
          className={`timeline-axis__year${y.position < 0.03 ? ' timeline-axis__year--start' : ''}${y.position > 0.97 ? ' timeline-axis__year--end' : ''}`}
          style={{ left: `${y.position * 100}%` }}
        >
          {y.year}
        </span>
      ))}
    </div>
  );
});
