import { useEffect, useRef } from 'react';
import { usePrefersReducedMotion } from '../../app/useResolvedTheme';
import { useAppStoreApi } from '../../state/AppStoreContext';

/**
 * `autoplay=1` starts playback once, when the dataset has loaded (callers mount this only
 * then). Not under reduced motion: a map that starts moving by itself is what that setting
 * asks us not to do.
 */
export function useAutoplay(): void {
  const store = useAppStoreApi();
  const reducedMotion = usePrefersReducedMotion();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const s = store.getState();
    if (s.autoplay && !reducedMotion && !s.compare) s.setPlaying(true);
  }, [store, reducedMotion]);
}
