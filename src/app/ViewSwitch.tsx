import { useAppStore } from '../state/AppStoreContext';
import { strings } from '../shared/text/strings';

/** The visible Map/Table switch: two toggle buttons, the current one pressed. */
export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="segmented" role="group" aria-label="View">
      <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')}>
        {strings.viewMap}
      </button>
      <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
        {strings.viewTable}
      </button>
    </div>
  );
}
