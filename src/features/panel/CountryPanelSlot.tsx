import { lazy, Suspense, useState } from 'react';
import { useMediaQuery } from '../../shared/hooks/useMediaQuery';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { PANEL_NARROW } from './panelLayout';
import { PanelLoading } from './PanelLoading';

// Most readers of an embed never open a country: its code loads when one is first selected.
const CountryPanel = lazy(() => import('./CountryPanel').then((m) => ({ default: m.CountryPanel })));

/** Where the country panel goes: nothing until a country is selected, then the panel, kept. */
export function CountryPanelSlot() {
  const store = useAppStoreApi();
  const country = useAppStore((s) => s.country);
  const embed = useAppStore((s) => s.embed);
  const narrow = useMediaQuery(PANEL_NARROW);
  // The address's country, which the reader did not open by hand (the panel does not take focus).
  const [linked] = useState(() => store.getState().country);
  const [wanted, setWanted] = useState(country !== null);
  if (country !== null && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={<PanelLoading asSheet={embed || narrow} />}>
      <CountryPanel linked={linked} />
    </Suspense>
  );
}
