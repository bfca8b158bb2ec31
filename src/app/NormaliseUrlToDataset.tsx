import { useLayoutEffect } from 'react';
import { COUNTRIES } from '../data/countries.generated';
import { useAppStoreApi } from '../state/AppStoreContext';
import { useDataset } from '../shared/load/datasetQuery';

/**
 * Drops URL values the dataset cannot honour (unknown country, date out of range), quietly. A
 * layout effect in the render that gives the map its data, so the first painted fills are for the
 * corrected date, not the day an out-of-range date clamps to.
 */
export function NormaliseUrlToDataset() {
  const store = useAppStoreApi();
  const { data } = useDataset();
  useLayoutEffect(() => {
    if (!data) return;
    const s = store.getState();
    const patch: Partial<{ country: null; date: null; compare: null }> = {};
    // A drawable country without data is a valid selection: its panel says there is no data.
    if (s.country !== null && !data.entities.has(s.country) && !Object.hasOwn(COUNTRIES, s.country))
      patch.country = null;
    if (s.date !== null && (s.date < data.firstDay || s.date > data.lastDay)) patch.date = null;
    if (s.compare && (s.compare.from < data.firstDay || s.compare.to > data.lastDay)) patch.compare = null;
    if (Object.keys(patch).length > 0) store.setState({ ...patch, historyMode: 'replace' });
  }, [data, store]);
  return null;
}
