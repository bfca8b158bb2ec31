import { useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { countryAt, targetOf } from './geometry/mapTarget';
import { placeTooltip } from './paint/placeTooltip';
import type { MapHover } from './useMapHover';

/** Pointer and click handlers for the map's svg: hover with its tooltip, and selection. */
export function useMapPointer(hover: MapHover, tipRef: RefObject<HTMLDivElement | null>) {
  const store = useAppStoreApi();
  // Where a finger came down. A tap's click may be moved by the browser onto a nearby target
  // (touch adjustment snaps it to a small state's dot); the finger's own point says what it meant.
  const touchDown = useRef<{ x: number; y: number; at: number } | null>(null);
  const idAt = (e: { currentTarget: Element; target: EventTarget }, x: number, y: number) =>
    (countryAt(e.currentTarget, x, y) ?? targetOf(e))?.getAttribute('data-id') ?? null;
  // Touch has no "leave": end the hover when the finger lifts, so no tooltip sticks on phones.
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    if (e.type === 'pointerleave' || e.pointerType !== 'mouse') hover.end(false);
  };
  return {
    onPointerDown: (e: PointerEvent<SVGSVGElement>) => {
      touchDown.current = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY, at: e.timeStamp };
    },
    onClick: (e: MouseEvent<SVGSVGElement>) => {
      const down = touchDown.current;
      touchDown.current = null;
      const fromTouch = down !== null && e.timeStamp - down.at < 1000;
      const id = fromTouch ? idAt(e, down.x, down.y) : idAt(e, e.clientX, e.clientY);
      if (!id) return;
      // The panel now says what the tooltip did; left up, it sat on top of a phone's bottom sheet.
      hover.end(false);
      store.getState().selectCountry(id);
    },
    onPointerOver: (e: PointerEvent<SVGSVGElement>) =>
      hover.show(idAt(e, e.clientX, e.clientY), { x: e.clientX, y: e.clientY }, false),
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => {
      hover.follow({ x: e.clientX, y: e.clientY });
      if (tipRef.current) placeTooltip(tipRef.current, e.clientX, e.clientY);
      // Across a marker's hit circle the country under the pointer can change within one element.
      if (targetOf(e)?.classList.contains('map-marker'))
        hover.show(idAt(e, e.clientX, e.clientY), { x: e.clientX, y: e.clientY }, false);
    },
    onPointerLeave: onPointerEnd,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
  };
}
