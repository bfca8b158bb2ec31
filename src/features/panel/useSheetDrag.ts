import { useRef, useState, type PointerEvent, type RefObject } from 'react';

/** Heights the bottom sheet rests at, as fractions of the viewport. */
export type SheetSize = 'peek' | 'default' | 'full';
export const SHEET_HEIGHTS: Record<SheetSize, number> = { peek: 0.4, default: 0.5, full: 0.85 };
/** Let go below this fraction of the viewport and the sheet closes. */
const CLOSE_BELOW = 0.28;
/** Movement under this many pixels is a tap, not a drag. */
const TAP_SLOP = 6;

/**
 * Where a released drag ends: closed when pulled well below the lowest resting height, else the
 * nearest resting height. Pure, so the thresholds are tested without pointer events.
 */
export function settleSheet(heightPx: number, viewportPx: number): SheetSize | 'closed' {
  const fraction = heightPx / Math.max(1, viewportPx);
  if (fraction < CLOSE_BELOW) return 'closed';
  let best: SheetSize = 'default';
  for (const size of Object.keys(SHEET_HEIGHTS) as SheetSize[])
    if (Math.abs(SHEET_HEIGHTS[size] - fraction) < Math.abs(SHEET_HEIGHTS[best] - fraction)) best = size;
  return best;
}

/**
 * Drag handle for the phone bottom sheet: drag up to expand, down to shrink or close; a tap
 * toggles between the default and full heights (so a keyboard or switch user gets the same).
 * During the drag the height is written straight to the element — no React render per move.
 */
export function useSheetDrag(sheetRef: RefObject<HTMLElement | null>, onClose: () => void) {
  const [size, setSize] = useState<SheetSize>('default');
  const drag = useRef<{ pointer: number; startY: number; startHeight: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    const sheet = sheetRef.current;
    if (!sheet || (e.pointerType === 'mouse' && e.button !== 0)) return;
    try {
      // Keeps the drag going when the finger leaves the small handle.
      e.currentTarget.setPointerCapture(e.pointerId);
    } catch {
      // Not a live pointer (synthetic events): the drag still works while over the handle.
    }
    drag.current = {
      pointer: e.pointerId,
      startY: e.clientY,
      startHeight: sheet.getBoundingClientRect().height,
      moved: false,
    };
    suppressClick.current = false;
  };

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    const sheet = sheetRef.current;
    if (!d || !sheet || e.pointerId !== d.pointer) return;
    const dy = e.clientY - d.startY;
    if (!d.moved && Math.abs(dy) < TAP_SLOP) return;
    d.moved = true;
    const max = window.innerHeight * SHEET_HEIGHTS.full;
    sheet.style.height = `${Math.min(max, Math.max(0, d.startHeight - dy))}px`;
    sheet.style.maxHeight = 'none';
    sheet.dataset.dragging = 'true';
  };

  const end = (e: PointerEvent<HTMLElement>, cancelled: boolean) => {
    const d = drag.current;
    const sheet = sheetRef.current;
    if (!d || e.pointerId !== d.pointer) return;
    drag.current = null;
    if (!sheet || !d.moved) return;
    suppressClick.current = true;
    const height = sheet.getBoundingClientRect().height;
    sheet.style.height = '';
    sheet.style.maxHeight = '';
    delete sheet.dataset.dragging;
    if (cancelled) return;
    const settled = settleSheet(height, window.innerHeight);
    if (settled === 'closed') onClose();
    else setSize(settled);
  };

  const onClick = () => {
    // A drag ends with a click on the handle; only a tap should toggle.
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    setSize((s) => (s === 'full' ? 'default' : 'full'));
  };

  return {
    size,
    handleProps: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (e: PointerEvent<HTMLElement>) => end(e, false),
      onPointerCancel: (e: PointerEvent<HTMLElement>) => end(e, true),
      onClick,
    },
  };
}
