import { useSyncExternalStore } from 'react';
import type { Theme } from '../data/statusScale';
import { useAppStore } from '../state/AppStoreContext';
import { mediaQuery, matches } from './mediaQuery';

const query = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  const mql = mediaQuery(query);
  mql?.addEventListener('change', cb);
  return () => mql?.removeEventListener('change', cb);
};
const prefersDark = () => matches(query, false);

/** `theme=auto` follows the reader's system setting, live. */
export function useResolvedTheme(): Theme {
  const choice = useAppStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return choice === 'auto' ? (dark ? 'dark' : 'light') : choice;
}

const reducedQuery = '(prefers-reduced-motion: reduce)';
const subscribeReduced = (cb: () => void) => {
  const mql = mediaQuery(reducedQuery);
  mql?.addEventListener('change', cb);
  return () => mql?.removeEventListener('change', cb);
};
/** True when the reader asked the system for less motion. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReduced,
    () => matches(reducedQuery, false),
    () => false,
  );
}
