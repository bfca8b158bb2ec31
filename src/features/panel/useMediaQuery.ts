import { useCallback, useSyncExternalStore } from 'react';
import { mediaQuery, matches } from '../../app/mediaQuery';

/** Whether a media query matches, live; false where matchMedia is missing (tests, old engines). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const mql = mediaQuery(query);
      mql?.addEventListener?.('change', onChange);
      return () => mql?.removeEventListener?.('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => matches(query, false),
    () => false,
  );
}
