import { queryOptions, useQuery } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../../app/loadJson';
import { loadWorld, WORLD_URL } from './loadWorld';

/** Loads the world topology once; retried like the dataset (network trouble only). */
export const worldQuery = (url = WORLD_URL) =>
  queryOptions({
    queryKey: ['world', url],
    queryFn: ({ signal }) => loadWorld(url, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    // As for the dataset: after a failure, Retry is the reader's; remounting must not refetch.
    retryOnMount: false,
    retryDelay,
  });

// One options object for every caller, as for the dataset: no re-comparison per render.
const WORLD_OPTIONS = worldQuery();

export function useWorld() {
  return useQuery(WORLD_OPTIONS);
}
