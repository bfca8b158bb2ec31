import type { MapGeometry } from '../../../shared/geometry/buildGeometry';
import { sizeMarker } from '../../../shared/geometry/sizeMarker';

/** On-screen size from which a small state's shape replaces its dot. */
const SHAPE_TARGET_PX = 16;

/**
 * Sets what the map keeps a constant size on screen for `unitsPerPx` (view-box units per screen
 * pixel): the hatch patterns' scale, so their lines stay HATCH_TILE pixels apart, and the small
 * states' markers (sizeMarker) — or, zoomed in far enough that a small state's own shape is a
 * fine target, the shape instead of the dot.
 */
export function sizeForScreen(svg: Element, geometry: MapGeometry, unitsPerPx: number): void {
  for (const p of svg.querySelectorAll('pattern[data-hatch]'))
    p.setAttribute('patternTransform', `scale(${unitsPerPx})`);
  for (const el of svg.querySelectorAll('.map-marker')) {
    // The shape's size as the file gives it: measuring ~90 shapes was a third of this on a slow phone.
    const extent = (geometry.markerById.get(el.getAttribute('data-id') ?? '')?.extent ?? 0) / unitsPerPx;
    el.classList.toggle('is-shape', extent >= SHAPE_TARGET_PX);
    sizeMarker(el, unitsPerPx);
  }
}

/**
 * The width the map is drawn at in a frame of this size: where the frame is wider than the map's
 * proportions (a laptop, whose frame takes the height left by the header and timeline), the
 * view box is letterboxed.
 */
export function drawnWidth(
  frame: { width: number; height: number },
  viewBox: MapGeometry['viewBox'],
): number {
  const [, , width, height] = viewBox;
  return Math.min(frame.width, (frame.height * width) / height);
}
