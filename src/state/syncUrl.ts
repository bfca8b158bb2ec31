import { createAppStore, pickUrlState, type AppStore } from './createAppStore';
import { stateToSearch, urlToState, type ParseOptions, type UrlState } from './urlState';

/**
 * Keeps the address bar and the store in step; the URL is the source of truth for shared
 * state. A reader's click pushes a history entry (so Back undoes it); playback replaces the
 * entry, debounced, and once more when it pauses. Returns a function that stops syncing.
 */
export function syncUrl(
  store: AppStore,
  win: Window = window,
  options: { debounceMs?: number } = {},
): () => void {
  // History writes are dear on a slow phone's main thread: while playing, once a second will do.
  const debounceMs = options.debounceMs ?? 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSearch = win.location.search;
  let lastWritten: UrlState = pickUrlState(store.getState());
  let lastPushAt = -Infinity;

  const write = () => {
    timer = undefined;
    const s = store.getState();
    const state = pickUrlState(s);
    const search = stateToSearch(state);
    if (search === lastSearch) return;
    // Stepping along the timeline (keys held, handles dragged) is one gesture: the first step
    // pushes, the rest within a second replace it, so Back returns to where the reader began
    // rather than one day at a time — and the main thread is spared a push per step.
    const now = Date.now();
    const dateOnly = onlyDateChanged(lastWritten, state);
    const push = s.historyMode === 'push' && !s.playing && !(dateOnly && now - lastPushAt < 1000);
    lastSearch = search;
    lastWritten = state;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
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
      lastSearch = stateToSearch(lastWritten);
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

const URL_FIELDS = [
  'date',
  'compare',
  'country',
  'view',
  'region',
  'embed',
  'theme',
  'autoplay',
  'controls',
  'childId',
] as const;

function sameUrlFields(a: UrlState, b: UrlState): boolean {
  return URL_FIELDS.every((k) => a[k] === b[k]);
}

function onlyDateChanged(a: UrlState, b: UrlState): boolean {
  return URL_FIELDS.every((k) => k === 'date' || k === 'compare' || a[k] === b[k]);
}
