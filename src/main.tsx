// The page's styles, in cascade order (theme.css last), ahead of the components that also import
// them: the first one to import a file decides where it lands in the bundle.
import './features/map/map.css';
import './features/timeline/Timeline.css';
import './shared/ui/SourceList.css';
import './features/panel/CountryPanel.css';
import './features/search/SearchBox.css';
import './features/share/ShareButton.css';
import './app/theme.css';

/**
 * The page's entry: the app (app/startApp.tsx) starts after the first frame, so the browser paints
 * the prerendered map before any of the app's code runs (its chunks are preloaded by index.html;
 * scripts/lib/prerenderShell.ts adds the links). A page out of sight gets no frames: it starts
 * anyway, after a second at most.
 */
let started = false;
const start = () => {
  if (started) return;
  started = true;
  const root = document.getElementById('root');
  if (root) void import('./app/startApp').then((m) => m.startApp(root));
};
requestAnimationFrame(() => setTimeout(start));
setTimeout(start, document.visibilityState === 'hidden' ? 0 : 1000);
