import { useEffect, useState } from 'react';
import type { searchDataset } from '../../data/searchDataset';

export type SearchMatcher = typeof searchDataset;

let loaded: SearchMatcher | null = null;
let loading: Promise<SearchMatcher> | null = null;

/** Fetches the matcher (names, aliases, typo distance) once; later calls share the first. */
export function loadSearchMatcher(): Promise<SearchMatcher> {
  // A failed fetch (the connection dropped) is tried again at the next focus.
  loading ??= import('../../data/searchDataset').then(
    (m) => (loaded = m.searchDataset),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The search's matcher, fetched when the reader first reaches the field (`want`), not with the
 * page: most readers never search, and the first view's script is paid by every one of them.
 * Null until it has arrived, a few milliseconds after focus.
 */
export function useSearchMatcher(): { matcher: SearchMatcher | null; want: () => void } {
  const [matcher, setMatcher] = useState<SearchMatcher | null>(() => loaded);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!wanted || matcher) return;
    let live = true;
    loadSearchMatcher().then(
      (m) => live && setMatcher(() => m),
      () => live && setWanted(false),
    );
    return () => {
      live = false;
    };
  }, [wanted, matcher]);
  return { matcher, want: () => setWanted(true) };
}
