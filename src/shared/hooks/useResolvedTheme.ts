import type { Theme } from '../../data/statusScale';
import { useAppStore } from '../../state/AppStoreContext';
import { PREFERS_DARK, useMediaQuery } from './useMediaQuery';

/** `theme=auto` follows the reader's system setting, live. */
export function useResolvedTheme(): Theme {
  const choice = useAppStore((s) => s.theme);
  const dark = useMediaQuery(PREFERS_DARK);
  return choice === 'auto' ? (dark ? 'dark' : 'light') : choice;
}
