/**
 * `window.matchMedia(query)`, created once per query. Hooks read media queries on every render
 * and store check (useSyncExternalStore snapshots), and parsing a query each time showed up in
 * playback profiles. The cache resets if `window.matchMedia` itself is replaced (tests do).
 */
let source: typeof window.matchMedia | undefined;
const cache = new Map<string, MediaQueryList>();

export function mediaQuery(query: string): MediaQueryList | undefined {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
  if (window.matchMedia !== source) {
    // Kept only to notice a replacement, never called unbound.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    source = window.matchMedia;
    cache.clear();
  }
  let mql = cache.get(query);
  if (!mql) cache.set(query, (mql = window.matchMedia(query)));
  return mql;
}

/** Whether a media query matches now; false where matchMedia is missing. */
export function matches(query: string, fallback = false): boolean {
  return mediaQuery(query)?.matches ?? fallback;
}
