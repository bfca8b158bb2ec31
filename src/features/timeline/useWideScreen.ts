import { useSyncExternalStore } from 'react';
import { mediaQuery, matches } from '../../app/mediaQuery';

/** Matches the layout's phone breakpoint in theme.css (max-width: 640px). */
const query = '(min-width: 641px)';
const subscribe = (cb: () => void) => {
  const mql = mediaQuery(query);
  mql?.addEventListener('change', cb);
  return () => mql?.removeEventListener('change', cb);
};

/** True on screens wide enough for the typed-date input next to the big date. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => matches(query, false),
    () => false,
  );
}
