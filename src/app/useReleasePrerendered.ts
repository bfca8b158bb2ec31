import { useEffect } from 'react';

/**
 * Once the app's first render is on screen — its children's effects, the map's painter among
 * them, have run — the prerendered page's CSS (its fills, the thumb's place) steps aside and the
 * page takes taps and keys: it was inert so that none was lost.
 */
export function useReleasePrerendered(): void {
  useEffect(() => {
    const root = document.getElementById('root');
    root?.removeAttribute('data-prerendered');
    root?.removeAttribute('inert');
  }, []);
}
