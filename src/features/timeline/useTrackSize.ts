import { useLayoutEffect, useState, type RefObject } from 'react';

export interface TrackSize {
  /** The track's width in px; 0 until measured. */
  width: number;
  /** The root font size in px, which the axis labels' sizes are set in. */
  remPx: number;
}

/**
 * The track's width, as the ResizeObserver reports it before the first paint and whenever it
 * changes (rotating a phone, resizing a window): the axis draws its ticks and picks its years to
 * fit it. Playback never changes it, so this re-renders only on a resize.
 */
export function useTrackSize(ref: RefObject<HTMLElement | null>): TrackSize {
  const [size, setSize] = useState<TrackSize>({ width: 0, remPx: 16 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Read when the observer reports, with layout done, not as the page mounts (a forced layout).
    const observer = new ResizeObserver(() => {
      const width = Math.round(el.getBoundingClientRect().width);
      const remPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setSize((s) => (s.width === width && s.remPx === remPx ? s : { width, remPx }));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
