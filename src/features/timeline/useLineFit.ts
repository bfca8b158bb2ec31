import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Average glyph width in em, for when no canvas can measure (a little over the real average). */
const AVERAGE_EM = 0.55;

export interface LineBox {
  /** The box's width in px; 0 until known. */
  width: number;
  /** A text's width in px in the box's font. */
  measure: (text: string) => number;
}

/** Measures text in `el`'s font with a canvas: no layout, so cheap on every playback step. */
export function createTextMeasure(el: Element): (text: string) => number {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize) || 16;
  const ctx = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return (text) => text.length * size * AVERAGE_EM;
  ctx.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return (text) => ctx.measureText(text).width;
}

/**
 * The width and font of a one-line box, read whenever its size changes, the first time before
 * the first paint (then `onResize` runs, to fit its text again). A ref, not state: playback
 * reads it on every step and nothing needs to re-render.
 */
export function useLineFit(ref: RefObject<HTMLElement | null>, onResize: () => void): RefObject<LineBox> {
  const box = useRef<LineBox>({ width: 0, measure: (text) => text.length * 16 * AVERAGE_EM });
  const latest = useRef(onResize);
  useLayoutEffect(() => {
    latest.current = onResize;
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Read when the observer reports, with layout done: read here, as the page mounts, it would
    // force a layout of the whole page.
    const observer = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width === box.current.width) return;
      box.current = { width, measure: createTextMeasure(el) };
      latest.current();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}
