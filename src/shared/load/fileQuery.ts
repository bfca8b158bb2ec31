import { queryOptions } from '@tanstack/react-query';
import { LoadError } from './LoadError';

/** Exponential backoff: 1 s, 2 s, 4 s … capped at 10 s. */
const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 10_000);

/** Network trouble and server errors are retried three times; a broken file will not fix itself. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 3 && (!(error instanceof LoadError) || error.retryable);

/**
 * The one way the page loads a file: once per URL, kept for the session, retried on network
 * trouble. After a failure, Retry is the reader's: a component mounting later must not refetch
 * (that would fetch a broken file twice and make the alert flicker).
 */
export const fileQuery = <T>(
  name: string,
  url: string,
  load: (url: string, signal: AbortSignal) => Promise<T>,
) =>
  queryOptions({
    queryKey: [name, url],
    queryFn: ({ signal }) => load(url, signal),
    staleTime: Infinity,
    retry: shouldRetry,
    retryDelay,
    retryOnMount: false,
  });
