import { useId, useRef, useState } from 'react';
import { useDataset } from '../../shared/load/datasetQuery';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { setText, useFollowDay } from '../../shared/hooks/useFollowDay';
import type { Status, StatusOrNone } from '../../data/status';
import { statusLabel, statusMeaning } from '../../shared/text/statusText';
import { useStory } from '../../shared/load/useStory';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { countStatuses } from '../../data/countStatuses';
import { MapSwatch } from '../../shared/ui/MapSwatch';
import './map.css';
import { shownDay } from '../../state/shownDay';

/**
 * The key to the map: each status with the map's swatch, how many countries have it on the
 * shown day, and — on hover or focus — what it means. Hovering or focusing a status
 * highlights its countries on the map; pressing it pins the highlight.
 */
export function Legend() {
  const compare = useAppStore((s) => s.compare);
  const pinned = useAppStore((s) => s.legendPinned);
  const setLegendHover = useAppStore((s) => s.setLegendHover);
  const toggleLegendPin = useAppStore((s) => s.toggleLegendPin);
  const ids = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const { story, statuses: storyStatuses } = useStory();

  // Counts follow the timeline by writing one text node per status, not by re-rendering the legend; they
  // change once per update date (statusesAt answers the same map within one event's span).
  const shown = useRef<ReadonlyMap<string, Status> | null | undefined>(undefined);
  useFollowDay((day, index) => {
    const statuses = index && day !== null ? index.statusesAt(day) : null;
    if (statuses === shown.current) return;
    shown.current = statuses;
    const counts = index && statuses ? countStatuses(index, statuses) : null;
    for (const el of listRef.current?.querySelectorAll<HTMLElement>('[data-count]') ?? []) {
      const status = el.dataset.count as StatusOrNone;
      // A non-breaking space holds the line's height until the data arrives.
      const n = counts?.[status];
      setText(el, n !== undefined ? strings.legendCount(n) : '\u00a0');
    }
  });

  // The first view's counts are rendered (the prerendered page has them); later ones are written.
  const store = useAppStoreApi();
  const index = useDataset().data ?? null;
  const [firstCounts] = useState(() => {
    const day = shownDay(store.getState(), index?.lastDay ?? null);
    return index && day !== null ? countStatuses(index, index.statusesAt(day)) : null;
  });
  const count = (status: StatusOrNone) => (
    // Two boxes: a flex or grid item cannot be a layout boundary (map.css), its child can.
    <span className="legend__count">
      <span className="legend__count-text" data-count={status}>
        {/* A non-breaking space holds the line's height until the data arrives. */}
        {firstCounts ? strings.legendCount(firstCounts[status] ?? 0) : '\u00a0'}
      </span>
    </span>
  );
  const meaning = (status: StatusOrNone) => (
    <span id={`${ids}-${status}`} className="legend__meaning">
      {statusMeaning(story, status)}
    </span>
  );

  return (
    <div className="legend" role="group" aria-labelledby={`${ids}-title`}>
      <p id={`${ids}-title`} className="legend__title">
        {/* Comparing, the counts are the later date's (shownDay): say which. */}
        {compare ? strings.legendTitleCompare(formatDate(compare.to)) : strings.legendTitle}
      </p>
      <ul className="legend__list" ref={listRef}>
        {storyStatuses.map((status) => (
          <li key={status} className="legend__item">
            <button
              type="button"
              className="legend__entry"
              aria-pressed={pinned === status}
              aria-describedby={`${ids}-${status}`}
              onPointerEnter={() => setLegendHover(status)}
              onPointerLeave={() => setLegendHover(null)}
              onFocus={() => setLegendHover(status)}
              onBlur={() => setLegendHover(null)}
              onClick={() => toggleLegendPin(status)}
            >
              <MapSwatch status={status} />
              <span className="legend__label">{statusLabel(story, status)}</span> {count(status)}
            </button>
            {meaning(status)}
          </li>
        ))}
        <li className="legend__item">
          {/* Not a button: "no data" has nothing to highlight or pin. */}
          <span className="legend__entry legend__entry--static">
            <MapSwatch status="none" />
            <span className="legend__label">{strings.statusLabel.none}</span> {count('none')}
          </span>
          {meaning('none')}
        </li>
      </ul>
      {compare && (
        <p className="legend__compare">
          {strings.map.compareKey(formatDate(compare.from), formatDate(compare.to))}
        </p>
      )}
    </div>
  );
}
