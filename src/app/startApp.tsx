import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { AppRoot } from './AppRoot';
import { datasetQuery } from '../shared/load/datasetQuery';
import { DATASET_URL, indexDatasetText, loadDataset } from '../shared/load/loadDataset';
import { fetchText } from '../shared/load/fetchText';
import { fingerprint } from '../data/fingerprint';
import { loadWorld } from '../shared/load/loadWorld';
import { worldQuery } from '../shared/load/worldQuery';
import { readPageGeometry } from '../features/map/geometry/readPageGeometry';
import { createStoreFromUrl, syncUrl } from '../state/syncUrl';

/**
 * index.html holds the plain address's first view, coloured map included,
 * rendered at build time from the data files (scripts/lib/prerenderShell.ts). Where it fits this
 * address (public/boot.js did not mark it "off") and the dataset served is the one it was built
 * from, React hydrates it with the same files; otherwise the app renders afresh — from the served
 * dataset, so an edited one repaints the map — and the prerendered page stays out of sight.
 * The map's shapes come from that markup at every address: only a page without it loads world.json.
 */
export async function startApp(root: HTMLElement) {
  const store = createStoreFromUrl(window.location.search);
  syncUrl(store);
  const queryClient = new QueryClient();
  const prerendered = root.hasAttribute('data-prerendered');
  const pageGeometry = prerendered ? readPageGeometry(root) : null;
  if (pageGeometry) queryClient.setQueryData(worldQuery().queryKey, pageGeometry);
  // index.html preloads the dataset when small (scripts/lib/prerenderShell.ts), so the first read
  // takes it from there; a retry (the queries' policy) reads it again.
  let served: string | null = null;
  const firstReads: Promise<unknown>[] = [];
  const firstRead = <T,>(load: () => Promise<T>, again: (signal: AbortSignal) => Promise<T>) => {
    let first: Promise<T> | null = load();
    firstReads.push(first);
    return ({ signal }: { signal: AbortSignal }) => {
      const read = first ?? again(signal);
      first = null;
      return read;
    };
  };
  const dataset = queryClient.prefetchQuery({
    ...datasetQuery(),
    queryFn: firstRead(
      async () => {
        const text = await fetchText(DATASET_URL);
        served = fingerprint(text);
        return indexDatasetText(text);
      },
      (signal) => loadDataset(DATASET_URL, signal),
    ),
  });
  const world = pageGeometry
    ? Promise.resolve()
    : queryClient.prefetchQuery({
        ...worldQuery(),
        queryFn: firstRead(
          () => loadWorld(),
          (signal) => loadWorld(undefined, signal),
        ),
      });
  const app = <AppRoot store={store} queryClient={queryClient} />;
  if (prerendered && document.documentElement.dataset.shell !== 'off') {
    // Only the first tries: a file that failed renders afresh at once, saying so while it retries.
    const reads = await Promise.allSettled(firstReads);
    if (reads.every((r) => r.status === 'fulfilled')) await Promise.all([dataset, world]);
    const loaded = [datasetQuery(), worldQuery()].every(
      (q) => queryClient.getQueryState(q.queryKey)?.status === 'success',
    );
    if (loaded && served === root.dataset.dataset) {
      // As a transition, hydration yields to the browser between components instead of holding
      // the main thread for the whole page: the map is on screen already.
      startTransition(() => {
        hydrateRoot(root, app);
      });
      return;
    }
  }
  // Elsewhere, with a file that failed or one other than the page was built from: afresh.
  root.replaceChildren();
  root.removeAttribute('data-prerendered');
  root.removeAttribute('inert');
  createRoot(root).render(app);
}
