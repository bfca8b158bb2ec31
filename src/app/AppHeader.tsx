import { FeatureBoundary } from '../shared/ui/FeatureBoundary';
import { strings } from '../shared/text/strings';
import { useAppStore } from '../state/AppStoreContext';
import { SearchBox } from '../features/search/SearchBox';
import { ShareButton } from '../features/share/ShareButton';
import { ViewSwitch } from './ViewSwitch';

/** The page's banner: skip link, title, and the tools (search, view, Share and About outside an embed). */
export function AppHeader() {
  const view = useAppStore((s) => s.view);
  const embed = useAppStore((s) => s.embed);
  const setView = useAppStore((s) => s.setView);
  const openDialog = useAppStore((s) => s.openDialog);
  return (
    <header className="app-header">
      {view === 'map' && (
        // A button, not an in-page link: the table only exists once the view switches to it.
        <button
          type="button"
          className="skip-link"
          onClick={() => {
            setView('table');
            requestAnimationFrame(() => document.querySelector<HTMLElement>('#table table')?.focus());
          }}
        >
          {strings.skipToTable}
        </button>
      )}
      <div className="app-header__titles">
        <h1 className="app-title">{strings.appTitle}</h1>
        {!embed && <p className="app-subtitle">{strings.appSubtitle}</p>}
      </div>
      <div className="app-header__tools">
        <FeatureBoundary feature="search">
          <SearchBox />
        </FeatureBoundary>
        <ViewSwitch />
        {!embed && <ShareButton />}
        {!embed && (
          <button type="button" className="button" onClick={() => openDialog('about')} aria-haspopup="dialog">
            {strings.about}
          </button>
        )}
      </div>
    </header>
  );
}
