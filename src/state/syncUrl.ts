import { createAppStore, pickUrlState, type AppStore } from './createAppStore';
import { stateToSearch, urlToState, type ParseOptions } from './urlState';

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
  const debounceMs = options.debounceMs ?? 400;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSearch = win.location.search;

  const write = () => {
    timer = undefined;
    const s = store.getState();
    const search = stateToSearch(pickUrlState(s));
    if (search === lastSearch) return;
    lastSearch = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    try {
      if (s.historyMode === 'push' && !s.playing) win.history.pushState(null, '', url);
      else win.history.replaceState(null, '', url);
    } catch {
      // Sandboxed or opaque-origin frames may refuse history writes; the app works without them.
    }
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.historyMode === 'none') {
      lastSearch = stateToSearch(pickUrlState(s));
      return;
    }
    const changed = stateToSearch(pickUrlState(s)) !== stateToSearch(pickUrlState(prev));
    const pausedNow = prev.playing && !s.playing;
    if (!changed && !pausedNow) return;
    if (s.playing) {
      // During playback: at most one write per debounce window, never per frame.
      timer ??= setTimeout(write, debounceMs);
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
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

/** A store whose URL state comes from the current address (used by main.tsx and tests). */
export function createStoreFromUrl(search: string, options?: ParseOptions): AppStore {
  return createAppStore(urlToState(search, options));
}
