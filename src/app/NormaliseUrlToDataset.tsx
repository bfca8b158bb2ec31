import { useLayoutEffect } from 'react';
import { resolveEntityId } from '../data/resolveEntityId';
import { useAppStoreApi } from '../state/AppStoreContext';
import { clampDates } from '../state/clampDates';
import type { AppState } from '../state/createAppStore';
import { useDataset } from '../shared/load/datasetQuery';

/**
 * Fits URL values to the dataset, quietly (the address follows with replaceState): a country
 * id in the wrong case takes its own, an unknown one goes; a date out of range is clamped to
 * it; a table filter for a status the story has not got goes. A layout effect in the render that gives the map its data, so the first painted fills are
 * for the corrected date.
 */
export function NormaliseUrlToDataset() {
  const store = useAppStoreApi();
  const { data } = useDataset();
  useLayoutEffect(() => {
    if (!data) return;
    const s = store.getState();
    const patch: Partial<Pick<AppState, 'country' | 'date' | 'datePrecision' | 'compare' | 'tableStatus'>> =
      {};
    // A drawable country without data is a valid selection: its panel says there is no data.
    const country = s.country === null ? null : resolveEntityId(data, s.country);
    if (country !== s.country) patch.country = country;
    const dates = clampDates(s, data.firstDay, data.lastDay);
    if (dates.date !== s.date) {
      patch.date = dates.date;
      patch.datePrecision = 'day';
    }
    if (dates.compare?.from !== s.compare?.from || dates.compare?.to !== s.compare?.to)
      patch.compare = dates.compare;
    // The table's status filter: one of this story's statuses, or none.
    if (s.tableStatus !== null && s.tableStatus !== 'none' && !data.statuses.includes(s.tableStatus))
      patch.tableStatus = null;
    if (Object.keys(patch).length > 0) store.setState({ ...patch, historyMode: 'replace' });
  }, [data, store]);
  return null;
}
