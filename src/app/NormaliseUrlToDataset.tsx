import { useLayoutEffect } from 'react';
import { COUNTRIES } from '../data/countries.generated';
import { useAppStoreApi } from '../state/AppStoreContext';
import { useDataset } from '../shared/load/datasetQuery';

/**
 * Drops URL values the dataset cannot honour (unknown country, date out of range), quietly.
 * In a layout effect, before the browser paints: it runs in the
 * render that gives the map its data, so the map's first fills are already for the corrected
 * date (an out-of-range date would otherwise show a frame of the clamped day).
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
