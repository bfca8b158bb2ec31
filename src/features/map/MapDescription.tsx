import { useMemo } from 'react';
import { useDataset } from '../../app/datasetQuery';
import { formatDate } from '../../app/formatDate';
import { strings } from '../../app/strings';
import { useCurrentDay } from '../../app/useCurrentDay';
import { STATUSES } from '../../data/status';
import { countStatuses } from './countStatuses';

/**
 * The map's accessible name ("World map of Huawei's status as of 15 July 2020") and the
 * summary it is described by ("As of 15 July 2020: 5 banned, 3 restricted, …"). A component
 * of its own so that a date step re-renders two sentences, not the map.
 */
export function MapDescription({ labelId, summaryId }: { labelId: string; summaryId: string }) {
  const day = useCurrentDay();
  const index = useDataset().data;
  const statuses = index && day !== null ? index.statusesAt(day) : null;
  const parts = useMemo(() => {
    if (!index || !statuses) return '';
    const counts = countStatuses(index, statuses);
    const list = STATUSES.filter((s) => counts[s] > 0).map((s) =>
      strings.map.summaryPart(counts[s], strings.statusLabel[s]),
    );
    return list.length > 0 ? list.join(', ') : strings.map.noStatuses;
  }, [index, statuses]);
  if (day === null || !index)
    return (
      <p id={labelId} className="visually-hidden">
        {strings.map.label}
      </p>
    );
  const date = formatDate(day);
  return (
    <>
      <p id={labelId} className="visually-hidden">
        {strings.mapLabel(date)}
      </p>
      <p id={summaryId} className="visually-hidden">
        {strings.mapSummary(date, parts)}
      </p>
    </>
  );
}
