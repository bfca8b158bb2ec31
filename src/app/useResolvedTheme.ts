import { useSyncExternalStore } from 'react';
import type { Theme } from '../data/statusScale';
import { useAppStore } from '../state/AppStoreContext';

const query = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  const mql = window.matchMedia?.(query);
  mql?.addEventListener('change', cb);
  return () => mql?.removeEventListener('change', cb);
};
const prefersDark = () => window.matchMedia?.(query).matches ?? false;

/** `theme=auto` follows the reader's system setting, live. */
export function useResolvedTheme(): Theme {
  const choice = useAppStore((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, prefersDark, () => false);
  return choice === 'auto' ? (dark ? 'dark' : 'light') : choice;
}

const reducedQuery = '(prefers-reduced-motion: reduce)';
const subscribeReduced = (cb: () => void) => {
  const mql = window.matchMedia?.(reducedQuery);
  mql?.addEventListener('change', cb);
  return () => mql?.removeEventListener('change', cb);
};
/** True when the reader asked the system for less motion. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReduced,
    () => window.matchMedia?.(reducedQuery).matches ?? false,
    () => false,
  );
}
