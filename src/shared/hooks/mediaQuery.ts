/**
 * `window.matchMedia(query)`, created once per query. Hooks read media queries on every render
 * and store check (useSyncExternalStore snapshots): parsing a query each time would cost every
 * playback frame. The cache resets if `window.matchMedia` itself is replaced (tests do).
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

const known = new WeakMap<MediaQueryList, boolean>();

/**
 * Whether a media query matches now; false where matchMedia is missing. The answer is kept and
 * refreshed by the list's change event: reading `.matches` makes the browser bring style up to
 * date first, and hooks ask on every playback frame — a forced style pass per frame.
 */
export function matches(query: string, fallback = false): boolean {
  const mql = mediaQuery(query);
  if (!mql) return fallback;
  let value = known.get(mql);
  if (value === undefined) {
    value = mql.matches;
    known.set(mql, value);
    mql.addEventListener?.('change', (e) => known.set(mql, e.matches));
  }
  return value;
}
