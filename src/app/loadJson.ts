import type { Problem } from '../data/problems';

export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'html' | 'json' | 'schema';

/** A failed load, classified so the page can say what went wrong and whether retrying helps. */
export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    message: string,
    readonly problems: readonly Problem[] = [],
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }

  /** Network trouble and server errors may pass; a broken file will not fix itself. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.httpStatus ?? 0) >= 500)
    );
  }
}

/** Fetches a same-origin file as text, with a timeout, turning every failure into a LoadError. */
export async function fetchText(url: string, signal?: AbortSignal, timeoutMs = 15_000): Promise<string> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, credentials: 'same-origin' });
  } catch (error) {
    if (timeout.aborted)
      throw new LoadError('timeout', url, `${url} took longer than ${timeoutMs / 1000} s to load`);
    throw new LoadError(
      'network',
      url,
      `${url} could not be fetched (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!response.ok)
    throw new LoadError('http', url, `${url} answered HTTP ${response.status}`, [], response.status);
  return response.text();
}

/** Exponential backoff for react-query: 1 s, 2 s, 4 s … capped at 10 s. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 10_000);
export const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 3 && (!(error instanceof LoadError) || error.retryable);
