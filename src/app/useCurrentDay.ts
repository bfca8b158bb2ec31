import type { DayNumber } from '../data/dates';
import { useAppStore } from '../state/AppStoreContext';
import { useDataset } from './datasetQuery';

/** The day the map shows: the URL's date, or the latest update when the URL has none. */
export function useCurrentDay(): DayNumber | null {
  const date = useAppStore((s) => s.date);
  const { data } = useDataset();
  if (date !== null) return date;
  return data ? data.lastDay : null;
}
