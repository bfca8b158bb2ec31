import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { AppRoot } from './app/AppRoot';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
// The page's styles, in cascade order (theme.css last), ahead of the components that also import
// them: the first one to import a file decides where it lands in the bundle.
import './features/map/map.css';
import './features/timeline/Timeline.css';
import './features/panel/SourceList.css';
import './features/panel/CountryPanel.css';
import './features/search/SearchBox.css';
import './features/embed/ShareButton.css';
import './app/theme.css';

/**
 * The page's entry. index.html holds the app's first render at the plain address
 * (scripts/lib/prerenderShell.ts); where public/boot.js found that this address renders the same
 * (no data-shell="off"), React hydrates it, adopting the elements on screen; elsewhere the
 * prerendered page stays hidden and the app renders afresh.
 */
const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const queryClient = new QueryClient();
const root = document.getElementById('root');
if (root) {
  const app = <AppRoot store={store} queryClient={queryClient} />;
  if (root.hasAttribute('data-prerendered') && document.documentElement.dataset.shell !== 'off') {
    hydrateRoot(root, app);
  } else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
  // Interactive from here: the prerendered page was inert so that no tap or letter was lost.
  root.removeAttribute('data-prerendered');
  root.removeAttribute('inert');
}
