import { useEffect, useMemo, useRef } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';

export interface MapHover {
  /** Where the tooltip points: the pointer, or the focused country on screen. */
  anchor: { current: { x: number; y: number } };
  show(id: string | null, at: { x: number; y: number }, byFocus: boolean): void;
  /** The pointer moved within the hovered shape. */
  follow(at: { x: number; y: number }): void;
  /** Ends a hover; a focus-driven one only when `byFocus` (blur), any hover otherwise. */
  end(byFocus: boolean): void;
}

/** The hovered country in the store, and the tooltip's anchor; a pointer hover ends on scroll. */
export function useMapHover(): MapHover {
  const store = useAppStoreApi();
  const anchor = useRef({ x: 0, y: 0 });
  const fromFocus = useRef(false);
  const hover = useMemo<MapHover>(() => {
    const set = (id: string | null) => {
      if (store.getState().hover !== id) store.getState().setHover(id);
    };
    return {
      anchor,
      show(id, at, byFocus) {
        anchor.current = at;
        fromFocus.current = byFocus;
        set(id);
      },
      follow(at) {
        anchor.current = at;
      },
      end(byFocus) {
        if (byFocus && !fromFocus.current) return;
        fromFocus.current = false;
        set(null);
      },
    };
  }, [store]);

  // A tooltip must not outlive the pointer: hide it when the page scrolls under it.
  useEffect(() => {
    const onScroll = () => {
      if (store.getState().hover !== null && !fromFocus.current) store.getState().setHover(null);
    };
    window.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [store]);
  return hover;
}
