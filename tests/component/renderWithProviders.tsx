import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { AppStoreProvider } from '../../src/state/AppStoreContext';
import { createStoreFromUrl } from '../../src/state/syncUrl';
import type { AppStore } from '../../src/state/createAppStore';
import { DatasetProvider, datasetQuery } from '../../src/shared/load/datasetQuery';
import { createIndex, type DatasetIndex } from '../../src/data/createIndex';
import { validateDataset, formatProblems } from '../../src/data/validateDataset';

/** The real bundled dataset, validated and indexed, as the app would load it. */
export function realIndex(): DatasetIndex {
  const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return createIndex(result.dataset);
}

/** Extra queries to pre-seed (e.g. the world topology), keyed as the feature's query does. */
export type Seed = (client: QueryClient) => void;
const seeds: Seed[] = [];
/** Features register how to seed their data for component tests (as tests/component/map/seedWorld.ts does). */
export function registerSeed(seed: Seed) {
  seeds.push(seed);
}

export interface Rendered extends RenderResult {
  store: AppStore;
  client: QueryClient;
}

/**
 * Renders UI with a fresh store (from a query string, as the URL would give it) and a query
 * client pre-filled with the real dataset, so tests see what readers see without a network.
 * `store`: one the test made already (to sync it with the address before the first render).
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    search = '',
    index = realIndex(),
    store = createStoreFromUrl(search),
  }: { search?: string; index?: DatasetIndex | null; store?: AppStore } = {},
): Rendered {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (index) client.setQueryData(datasetQuery().queryKey, index);
  for (const seed of seeds) seed(client);
  const result = render(
    <QueryClientProvider client={client}>
      <DatasetProvider>
        <AppStoreProvider store={store}>{ui}</AppStoreProvider>
      </DatasetProvider>
    </QueryClientProvider>,
  );
  return { ...result, store, client };
}
