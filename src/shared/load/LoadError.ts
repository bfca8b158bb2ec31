import type { Problem } from '../../data/problems';

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
