import { createAppStore, pickUrlState, type AppStore } from './createAppStore';
import { stateToSearch, urlToState, URL_STATE_KEYS, type ParseOptions, type UrlState } from './urlState';
import { withForeignParams } from './withForeignParams';

/**
 * Keeps the address bar and the store in step; the URL is the source of truth for shared
 * state. A reader's click pushes a history entry (so Back undoes it); playback replaces the
 * entry, debounced, and once more when it pauses. Returns a function that stops syncing.
 * From the start, the address carries only values the app applied (a rejected `region=mars`
 * goes, with replaceState), and keeps params that are not the app's (utm_*) as they are.
 */
export function syncUrl(
  store: AppStore,
  win: Window = window,
  options: { debounceMs?: number } = {},
): () => void {
  // History writes are dear on a slow phone's main thread: while playing, once a second will do.
  const debounceMs = options.debounceMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: UrlState = pickUrlState(store.getState());
  let lastPushAt = -Infinity;
  const searchFor = (state: UrlState) => withForeignParams(stateToSearch(state), win.location.search);
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  const opened = searchFor(lastWritten);
  if (!sameQuery(opened, win.location.search)) {
    try {
      win.history.replaceState(win.history.state, '', urlFor(opened));
    } catch {
      // As below: a frame that refuses history writes keeps its address.
    }
  }

  const write = () => {
    timer = undefined;
    const s = store.getState();
    const state = pickUrlState(s);
    const search = searchFor(state);
    if (sameQuery(search, win.location.search)) return;
    // Stepping along the timeline (keys held, handles dragged) is one gesture: the first step
    // pushes, the rest within a second replace it, so Back returns to where the reader began
    // rather than one day at a time — and the main thread is spared a push per step.
    const now = Date.now();
    const dateOnly = onlyDateChanged(lastWritten, state);
    const push = s.historyMode === 'push' && !s.playing && !(dateOnly && now - lastPushAt < 1000);
    lastWritten = state;
    const url = urlFor(search);
    try {
      if (push) win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
      if (push || dateOnly) lastPushAt = now;
    } catch {
      // Sandboxed or opaque-origin frames may refuse history writes; the app works without them.
    }
  };

  const unsubscribe = store.subscribe((s, prev) => {
    // Hover and other transient changes arrive here too: skip them before serialising anything.
    if (sameUrlFields(s, prev) && !(prev.playing && !s.playing) && s.historyMode === prev.historyMode) return;
    if (s.historyMode === 'none') {
      lastWritten = pickUrlState(s);
      return;
    }
    const changed = !sameUrlFields(s, prev);
    const pausedNow = prev.playing && !s.playing;
    if (!changed && !pausedNow) return;
    if (s.playing) {
      // During playback: at most one write per debounce window, never per frame.
      timer ??= setTimeout(write, debounceMs);
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    // Later steps of a burst only replace the entry the first one pushed: write them once the
    // burst settles, not on every key press.
    if (!pausedNow && onlyDateChanged(lastWritten, s) && Date.now() - lastPushAt < 1000) {
      timer = setTimeout(write, BURST_SETTLE_MS);
      return;
    }
    write();
  });

  // Ids and dates are checked against the dataset by the app once it has loaded.
  const onPop = () => store.getState().applyUrlState(urlToState(win.location.search));
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** A store whose URL state comes from the current address (used by app/startApp.tsx and tests). */
export function createStoreFromUrl(search: string, options?: ParseOptions): AppStore {
  return createAppStore(urlToState(search, options));
}

/** How long a burst of timeline steps waits before the URL catches up. */
const BURST_SETTLE_MS = 250;

function sameUrlFields(a: UrlState, b: UrlState): boolean {
  return URL_STATE_KEYS.every((k) => a[k] === b[k]);
}

function onlyDateChanged(a: UrlState, b: UrlState): boolean {
  return URL_STATE_KEYS.every((k) => k === 'date' || k === 'compare' || a[k] === b[k]);
}

/** The same params and values, whatever their order and spelling (`%20` or `+`). */
function sameQuery(a: string, b: string): boolean {
  const entries = (q: string) => {
    try {
      return [...new URLSearchParams(q)]
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
        .sort();
    } catch {
      return [q];
    }
  };
  const x = entries(a);
  const y = entries(b);
  return x.length === y.length && x.every((e, i) => e === y[i]);
}
