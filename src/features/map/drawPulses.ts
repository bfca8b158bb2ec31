import type { MapGeometry } from './buildGeometry';

const SVG = 'http://www.w3.org/2000/svg';

/** Each overlay's running fade. */
const fades = new WeakMap<Element, Animation>();

/**
 * Outlines the countries whose status just changed during playback with a brief pulse (an
 * outline that fades, not a colour flash). Drawn imperatively into a layer React leaves empty,
 * because `changed` arrives with playback frames; each call replaces the previous pulses.
 *
 * The layer sits in an svg of its own over the map, at the map's zoom (copied from `zoomLayer`), and the
 * fade is an opacity animation of that whole svg: the compositor runs it, and the map itself is
 * not repainted frame after frame as it was when stroke widths were animated inside it.
 */
export function drawPulses(
  layer: SVGGElement,
  ids: readonly string[],
  geometry: MapGeometry,
  zoomLayer: SVGGElement,
): void {
  layer.replaceChildren();
  // The map's zoom, and its view-box units per pixel for the markers' screen-sized rings.
  const transform = zoomLayer.getAttribute('transform');
  if (transform) layer.setAttribute('transform', transform);
  else layer.removeAttribute('transform');
  layer.style.setProperty('--u', zoomLayer.style.getPropertyValue('--u') || '1');
  const overlay = layer.ownerSVGElement;
  if (overlay && typeof overlay.animate === 'function') {
    // The previous fade is cancelled through its handle: getAnimations() would bring style up to
    // date first, on every update day of a playback.
    fades.get(overlay)?.cancel();
    if (ids.length > 0)
      fades.set(
        overlay,
        overlay.animate([{ opacity: 1 }, { opacity: 0 }], {
          duration: 1400,
          easing: 'ease-out',
          fill: 'forwards',
        }),
      );
  }
  for (const id of ids) {
    const marker = geometry.markerIds.has(id) ? geometry.markers.find((m) => m.id === id) : undefined;
    const shape = geometry.byId.get(id);
    if (marker) {
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('transform', `translate(${marker.x} ${marker.y})`);
      const ring = document.createElementNS(SVG, 'circle');
      ring.setAttribute('r', '9');
      ring.setAttribute('class', 'map-pulse map-screen-size');
      g.append(ring);
      layer.append(g);
    } else if (shape) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', shape.d);
      path.setAttribute('class', 'map-pulse');
      layer.append(path);
    }
  }
}
