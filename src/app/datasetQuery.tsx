import { createContext, useContext, type ReactNode } from 'react';
import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { createIndex, type DatasetIndex } from '../data/createIndex';
import { parseDatasetText } from '../data/parseDatasetText';
import { formatProblems } from '../data/problems';
import { fetchText, LoadError, retryDelay, shouldRetry } from './loadJson';
import { yieldToMain } from './yieldToMain';

export const DATASET_URL = './data/huawei-5g.json';

/** Loads, validates and indexes the dataset once; the index is shared by every component. */
export const datasetQuery = (url = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }): Promise<DatasetIndex> => {
      const text = await fetchText(url, signal);
      // Parsing and checking, then indexing, each in a task of its own (see yieldToMain).
      await yieldToMain();
      const result = await parseDatasetText(text);
      if (!result.ok) {
        const kind =
          result.problems[0]?.path === '(file)'
            ? /HTML/.test(result.problems[0].message)
              ? 'html'
              : 'json'
            : 'schema';
        throw new LoadError(kind, url, formatProblems(result.problems), result.problems);
      }
      await yieldToMain();
      return createIndex(result.dataset);
    },
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    // Components that mount after a failure (the map, once its shapes arrive) must not refetch:
    // that fetched a broken file twice and made the alert vanish and reappear. Retry is the reader's.
    retryOnMount: false,
  });

const DATASET_OPTIONS = datasetQuery();

const DatasetContext = createContext<UseQueryResult<DatasetIndex, unknown> | null>(null);

/**
 * The page's one observer of the dataset query, shared through context. A dozen components read
 * the dataset, and each useQuery is an observer of its own to create, subscribe and check on
 * every render: about 15 of them in the first render, which a slow phone paid for before the map.
 */
export function DatasetProvider({ children }: { children: ReactNode }) {
  const result = useQuery(DATASET_OPTIONS);
  return <DatasetContext.Provider value={result}>{children}</DatasetContext.Provider>;
}

/** The dataset query's state: loading, failed (with Retry), or the validated, indexed dataset. */
export function useDataset(): UseQueryResult<DatasetIndex, unknown> {
  const shared = useContext(DatasetContext);
  if (!shared) throw new Error('useDataset() needs a <DatasetProvider> above it');
  return shared;
}
