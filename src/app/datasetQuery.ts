import { queryOptions, useQuery } from '@tanstack/react-query';
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

// One options object for every caller: a dozen components read the dataset and re-render on
// each timeline step, and fresh options each time make react-query re-compare them every time.
const DATASET_OPTIONS = datasetQuery();

export function useDataset() {
  return useQuery(DATASET_OPTIONS);
}
