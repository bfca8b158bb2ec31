import { useCallback, useSyncExternalStore } from 'react';
import { mediaQuery, matches } from './mediaQuery';

export const PREFERS_DARK = '(prefers-color-scheme: dark)';
export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
/** The layout's phone breakpoint in src/app/theme.css is max-width: 640px. */
export const WIDE_SCREEN = '(min-width: 641px)';

/** Whether a media query matches, live; false where matchMedia is missing and while prerendering. */
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
