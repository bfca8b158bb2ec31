import { useMemo } from 'react';
import { statusLabel } from '../../shared/text/statusText';
import type { DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { compareStatuses } from '../../data/compareStatuses';
import { groupChanges, type ChangeGroup } from './groupChanges';
import { defaultCompareRange, type TimelineModel } from './timelineController';
import type { TimelineActions } from './useTimelineActions';

/**
 * Compare on/off. On: stops playback and opens with A on the first update and B on the date
 * being shown. Off: clears the range; the map stays on B.
 */
export function CompareToggle({ model, actions }: { model: TimelineModel; actions: TimelineActions }) {
  const store = useAppStoreApi();
  const comparing = useAppStore((s) => s.compare !== null);
  const toggle = () => {
    const s = store.getState();
    if (s.compare) {
      s.setCompare(null);
      return;
    }
    if (s.playing) s.setPlaying(false);
    s.setCompare(defaultCompareRange(model, actions.currentDay()));
  };
  return (
    <button
      type="button"
      className="button timeline-compare-toggle"
      aria-pressed={comparing}
      onClick={toggle}
    >
      {strings.timeline.compare}
    </button>
  );
}

/** The two dates as a heading line, in place of the big single date. */
export function CompareRange() {
  const range = useAppStore((s) => s.compare);
  if (!range) return null;
  return (
    <p className="timeline-date timeline-date--range">
      {/* Each letter stays with its date when the line wraps on a phone. */}
      <span className="timeline-date__end">
        <span className="timeline-date__letter" aria-hidden="true">
          {strings.timeline.handleFrom}
        </span>
        {formatDate(range.from)}
      </span>
      <span className="timeline-date__arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden"> {strings.timeline.rangeTo} </span>
      <span className="timeline-date__end">
        <span className="timeline-date__letter" aria-hidden="true">
          {strings.timeline.handleTo}
        </span>
        {formatDate(range.to)}
      </span>
    </p>
  );
}

/**
 * What changed between A and B, grouped "from → to" with a count of countries (the legend's) and
 * their names, then any company or bloc: "Debating → Banned: 3 countries — Canada, Sweden,
 * United Kingdom; also BT Group (company)".
 */
export function CompareSummary({ index }: { index: DatasetIndex }) {
  const range = useAppStore((s) => s.compare);
  const groups = useMemo(() => {
    if (!range) return [];
    const nameOf = (id: string) => index.entities.get(id)?.name ?? id;
    const kindOf = (id: string) => index.entities.get(id)?.kind ?? 'country';
    return groupChanges(compareStatuses(index, range.from, range.to), nameOf, kindOf, index.statuses);
  }, [index, range]);
  if (!range) return null;
  const label = strings.timeline.compareListLabel(formatDate(range.from), formatDate(range.to));
  return (
    <div className="timeline-compare">
      <p className="timeline-compare__help">{strings.timeline.compareHelp}</p>
      {groups.length === 0 ? (
        <p className="timeline-compare__none">{strings.timeline.compareNone}</p>
      ) : (
        <ul className="timeline-compare__list" aria-label={label}>
          {groups.map((g) => (
            <li key={`${g.from}>${g.to}`}>
              <strong>
                {strings.timeline.compareGroup(
                  statusLabel(index.story, g.from),
                  statusLabel(index.story, g.to),
                  g.names.length,
                )}
              </strong>{' '}
              — {changedNames(g)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Canada, Sweden; also BT Group (company)", or only the "also" part when no country changed. */
function changedNames({ names, others }: ChangeGroup): string {
  const also =
    others.length > 0
      ? strings.timeline.compareOthers(others.map((o) => strings.timeline.compareOther(o.name, o.kind)))
      : null;
  return [names.length > 0 ? names.join(', ') : null, also].filter((p) => p !== null).join('; ');
}
