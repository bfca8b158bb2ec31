import type { UseQueryResult } from '@tanstack/react-query';

export interface LoadFailure {
  error: unknown;
  /** The query is still trying on its own (network trouble, a server error). */
  retrying: boolean;
}

/**
 * A file's load has failed, or its first try has: the reader hears at once, not after every
 * retry's backoff, and sees the page keep trying.
 */
export function loadFailure(query: UseQueryResult<unknown, unknown>): LoadFailure | null {
  if (query.isError) return { error: query.error, retrying: false };
  if (query.isPending && query.failureCount > 0)
    return { error: query.failureReason, retrying: query.fetchStatus !== 'idle' };
  return null;
}
