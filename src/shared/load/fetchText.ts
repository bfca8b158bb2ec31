import { LoadError } from './LoadError';

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
