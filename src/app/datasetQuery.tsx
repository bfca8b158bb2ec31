import { createContext, useContext, type ReactNode } from 'react';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DatasetIndex } from '../data/createIndex';
import { retryDelay, shouldRetry } from './loadJson';
import { DATASET_URL, loadDataset } from './loadDataset';

/** Loads, validates and indexes the dataset once; the index is shared by every component. */
export const datasetQuery = (url = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }): Promise<DatasetIndex> => loadDataset(url, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    // Components that mount after a failure (the map, once its shapes arrive) must not refetch:
    // that fetched a broken file twice and made the alert vanish and reappear. Retry is the reader's.
    retryOnMount: false,
  });

const DATASET_OPTIONS = datasetQuery();

type DatasetResult = UseQueryResult<DatasetIndex, unknown>;

const DatasetContext = createContext<DatasetResult | null>(null);

/**
 * The page's one observer of the dataset query, shared through context: a dozen components read
 * the dataset, and each useQuery is an observer of its own to create, subscribe and check on
 * every render.
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const result = useQuery(DATASET_OPTIONS);
  return <DatasetContext.Provider value={result}>{children}</DatasetContext.Provider>;
}

/** The dataset query's state: loading, failed (with Retry), or the validated, indexed dataset. */
export function useDataset(): DatasetResult {
  const shared = useContext(DatasetContext);
  if (!shared) throw new Error('useDataset() needs a <DatasetProvider> above it');
  return shared;
}
