/** Marker radii in screen pixels: a 24 px target round a 4.5 px dot (3 px for no data). */
export const MARKER_HIT_PX = 12;
export const MARKER_DOT_PX = 4.5;
export const MARKER_DOT_NONE_PX = 3;

/**
 * The markers of small states with no data on the shown date (set by the map's painter). Kept
 * here rather than as a class: no style depends on it, and a class toggled on every marker of
 * a step that changes all countries would be a DOM write each.
 */
const noData = new WeakSet<Element>();

export function setMarkerNone(marker: Element, none: boolean): void {
  if (none) noData.add(marker);
  else noData.delete(marker);
}

/**
 * Sets a small state's circles to their screen size at the current zoom (`unitsPerPx`: view-box
 * units per screen pixel). Radii are attributes, written on zoom and on a status change to or
 * from "no data" — not CSS transforms, which would give each of ~200 circles its own transform
 * node and slow every repaint's layerization.
 */
export function sizeMarker(marker: Element, unitsPerPx: number): void {
  const hit = marker.firstElementChild;
  const dot = marker.lastElementChild;
  const dotPx = noData.has(marker) ? MARKER_DOT_NONE_PX : MARKER_DOT_PX;
  hit?.setAttribute('r', String(MARKER_HIT_PX * unitsPerPx));
  dot?.setAttribute('r', String(dotPx * unitsPerPx));
}
