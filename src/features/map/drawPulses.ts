import type { MapGeometry } from './buildGeometry';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * Outlines the countries whose status just changed during playback with a brief pulse (an
 * animated stroke, not a colour flash). Drawn imperatively into a layer React leaves empty,
 * because `changed` arrives with playback frames; each call replaces the previous pulses.
 */
export function drawPulses(layer: Element, ids: readonly string[], geometry: MapGeometry): void {
  layer.replaceChildren();
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
