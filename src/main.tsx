// Preact's own render, not react-dom's createRoot: see the first render below.
import { render } from 'preact';
import { QueryClient } from '@tanstack/react-query';
import { AppRoot } from './app/AppRoot';
import { datasetQuery } from './app/datasetQuery';
import { worldQuery } from './features/map/worldQuery';
import { yieldToMain } from './app/yieldToMain';
import { createStoreFromUrl, syncUrl } from './state/syncUrl';
import './app/theme.css';

const store = createStoreFromUrl(window.location.search);
syncUrl(store);
const queryClient = new QueryClient();
const root = document.getElementById('root');

// Three tasks, not one: the modules' evaluation and the browser's first styling of the page, then
// starting to read both files (already on their way: index.html preloads them), then the first
// render. Together they were one task of about 200 ms on a slow phone, blocking input meanwhile.
async function start() {
  await yieldToMain();
  void queryClient.prefetchQuery(worldQuery());
  void queryClient.prefetchQuery(datasetQuery());
  await yieldToMain();
  if (!root) return;
  // The built page holds two prerendered pages, the plain address's and an embed's (renderShell):
  // the app's first render starts from the one of its kind.
  if (root.hasAttribute('data-prerendered'))
    for (const page of [...root.children])
      if (page.classList.contains('app--embed') !== store.getState().embed) page.remove();
  // Preact's render adopts the elements it finds, reading their attributes and correcting
  // whatever this address renders differently, rather than creating and laying out the page
  // anew; react-dom's createRoot (preact/compat's) would empty the root first, as React does.
  render(<AppRoot store={store} queryClient={queryClient} />, root);
  root.removeAttribute('data-prerendered');
  root.removeAttribute('inert');
}
void start();
