import { memo } from 'react';
import type { EventTick, YearMark } from './timelineTicks';
import { TICKS_BASELINE_PX, TICKS_VIEW_WIDTH, tickPaths } from './tickPaths';

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
  const { plain, status } = tickPaths(ticks);
  return (
    <div className="timeline-axis" aria-hidden="true">
      {/* Stretched across the slider; the strokes keep their 2 px (non-scaling-stroke). */}
      <svg
        className="timeline-axis__ticks"
        viewBox={`0 0 ${TICKS_VIEW_WIDTH} ${TICKS_BASELINE_PX}`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <path className="timeline-axis__tick" d={plain} />
        <path className="timeline-axis__tick timeline-axis__tick--status" d={status} />
      </svg>
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
