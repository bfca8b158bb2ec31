import type { DayNumber } from '../../data/dates';
import { useAppStore } from '../../state/AppStoreContext';
import { useDataset } from '../load/datasetQuery';

/**
 * The day the map shows: the URL's date, or the latest update when the URL has none.
 * `active = false` (e.g. a closed panel) gives null and does not follow the date, so an idle
 * component costs nothing per playback step.
 */
export function useCurrentDay(active = true): DayNumber | null {
  const date = useAppStore((s) => (active ? s.date : undefined));
  const { data } = useDataset();
  if (date === undefined) return null;
  if (date !== null) return date;
  return data ? data.lastDay : null;
}
