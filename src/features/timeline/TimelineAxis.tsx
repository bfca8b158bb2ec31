import { memo } from 'react';
import { labelYears, type EventTick, type YearMark } from './timelineTicks';
import { TICKS_BASELINE_PX, tickPaths } from './tickPaths';
import type { TrackSize } from './useTrackSize';
import { useHydrated } from '../../shared/hooks/useHydrated';

/**
 * The slider's scale: a tick on every update day (merged where they crowd; taller for more
 * updates, stronger when a status changes hands) and the years, as many labelled as fit.
 * Memoised and keyed on data and the track's size alone: playback moves the thumb many times a
 * second and must not re-render these.
 */
export const TimelineAxis = memo(function TimelineAxis({
  ticks,
  years,
  size,
}: {
  ticks: readonly EventTick[];
  years: readonly YearMark[];
  size: TrackSize;
}) {
  const hydrated = useHydrated();
  const { plain, status, width } = tickPaths(ticks, size.width);
  return (
    <div className="timeline-axis" aria-hidden="true">
      {/* In px of the measured track; stretched if it has changed since (strokes keep their 2 px). */}
      <svg
        className="timeline-axis__ticks"
        viewBox={`0 0 ${width} ${TICKS_BASELINE_PX}`}
        preserveAspectRatio="none"
        focusable="false"
      >
        <path className="timeline-axis__tick" d={plain} />
        <path className="timeline-axis__tick timeline-axis__tick--status" d={status} />
      </svg>
      {/* Placed by style (left): written once the page is the app's, not in the prerendered markup. */}
      {hydrated &&
        labelYears(years, size.width, size.remPx).map((y) => (
          <span
            key={y.year}
            className={`timeline-axis__year${y.align === 'start' ? ' timeline-axis__year--start' : ''}`}
            style={{ left: `${y.position * 100}%` }}
          >
            {y.labelled ? y.year : null}
          </span>
        ))}
    </div>
  );
});
