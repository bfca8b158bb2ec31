import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from './AppRoot';
import { createStoreFromUrl } from '../state/syncUrl';

/**
 * The page as it first renders at an address, while both files load: its header, the map's
 * skeleton, the legend and timeline placeholders. Run at build time for the plain address and for
 * an embed's (scripts/lib/prerenderShell.ts puts both in index.html), so a reader sees the page's
 * layout as soon as the HTML and CSS arrive rather than after the script has loaded and run, and
 * the first render in the browser adopts these elements instead of creating and laying out new ones.
 */
export function renderShell(search: string): string {
  return renderToString(<AppRoot store={createStoreFromUrl(search)} queryClient={new QueryClient()} />);
}

/** The address prerendered: public/boot.js decides whether it fits the one loaded. */
export const PRERENDERED_SEARCHES = [''] as const;
