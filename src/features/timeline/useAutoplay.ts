import { useEffect, useRef } from 'react';
import { REDUCED_MOTION, useMediaQuery } from '../../shared/hooks/useMediaQuery';
import { useAppStoreApi } from '../../state/AppStoreContext';

/**
 * `autoplay=1` starts playback once, when the dataset has loaded (callers mount this only
 * then). Not under reduced motion: a map that starts moving by itself is what that setting
 * asks us not to do.
 */
export function useAutoplay(): void {
  const store = useAppStoreApi();
  const reducedMotion = useMediaQuery(REDUCED_MOTION);
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const s = store.getState();
    if (s.autoplay && !reducedMotion && !s.compare) s.setPlaying(true);
  }, [store, reducedMotion]);
}
