import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the page renders on the server and while React hydrates the prerendered page, true
 * from the render after. Style props wait for it: a strict CSP refuses style attributes in the
 * prerendered markup, so there CSS gives the first view's values, and React writes them once the
 * page is the app's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
