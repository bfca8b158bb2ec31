import type { MouseEvent, PointerEvent, RefObject } from 'react';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { clickTargetOf, targetOf } from './geometry/mapTarget';
import { placeTooltip } from './paint/placeTooltip';
import type { MapHover } from './useMapHover';

/** Pointer and click handlers for the map's svg: hover with its tooltip, and selection. */
export function useMapPointer(hover: MapHover, tipRef: RefObject<HTMLDivElement | null>) {
  const store = useAppStoreApi();
  // Touch has no "leave": end the hover when the finger lifts, so no tooltip sticks on phones.
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    if (e.type === 'pointerleave' || e.pointerType !== 'mouse') hover.end(false);
  };
  return {
    onClick: (e: MouseEvent<SVGSVGElement>) => {
      const id = clickTargetOf(e)?.getAttribute('data-id');
      if (id) store.getState().selectCountry(id);
    },
    onPointerOver: (e: PointerEvent<SVGSVGElement>) =>
      hover.show(targetOf(e)?.getAttribute('data-id') ?? null, { x: e.clientX, y: e.clientY }, false),
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => {
      hover.follow({ x: e.clientX, y: e.clientY });
      if (tipRef.current) placeTooltip(tipRef.current, e.clientX, e.clientY);
    },
    onPointerLeave: onPointerEnd,
    onPointerUp: onPointerEnd,
    onPointerCancel: onPointerEnd,
  };
}
