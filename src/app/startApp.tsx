// Preact's own render, not react-dom's createRoot: see the first render below.
import { render } from 'preact';
import { QueryClient } from '@tanstack/react-query';
import { AppRoot } from './AppRoot';
import { datasetQuery } from './datasetQuery';
import { worldQuery } from '../features/map/worldQuery';
import { renderAroundEarlyMap } from '../features/map/paintEarlyMap';
import type { DatasetIndex } from '../data/createIndex';
import type { WorldTopology } from '../features/map/loadWorld';
import type { AppStore } from '../state/createAppStore';

/**
 * The framework's part of the page, loaded by src/main.tsx once the coloured map is on screen:
 * the queries are handed the loads main.tsx started, and the first render adopts the prerendered
 * page (or, without one, renders it).
 */
export function startApp(
  root: HTMLElement,
  store: AppStore,
  loads: { world: Promise<WorldTopology>; dataset: Promise<DatasetIndex> },
): void {
  const queryClient = new QueryClient();
  void queryClient.prefetchQuery({ ...worldQuery(), queryFn: () => loads.world });
  void queryClient.prefetchQuery({ ...datasetQuery(), queryFn: () => loads.dataset });
  // Preact's render adopts the elements it finds, reading their attributes and correcting
  // whatever this address renders differently, rather than creating and laying out the page
  // anew; react-dom's createRoot (preact/compat's) would empty the root first, as React does.
  renderAroundEarlyMap(() => render(<AppRoot store={store} queryClient={queryClient} />, root));
  root.removeAttribute('data-prerendered');
  root.removeAttribute('inert');
}
