import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'preact-render-to-string';
import { AppRoot } from './AppRoot';
import { createStoreFromUrl } from '../state/syncUrl';

/**
 * The page as it first renders at the plain address (no parameters), while both files load: its
 * header, the map's skeleton, the legend and timeline placeholders. Run at build time
 * (vite.config.ts puts it in index.html), so a reader sees the page's layout as soon as the HTML
 * and CSS arrive rather than after the script has loaded and run, and the first render in the
 * browser adopts these elements instead of creating and laying out new ones.
 */
export function renderShell(): string {
  return renderToString(<AppRoot store={createStoreFromUrl('')} queryClient={new QueryClient()} />);
}
