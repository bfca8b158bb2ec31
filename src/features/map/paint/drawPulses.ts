import type { MapGeometry } from '../../../shared/geometry/buildGeometry';

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
  // The map's zoom, and its view-box units per pixel for the markers' screen-sized rings.
  const transform = zoomLayer.getAttribute('transform');
  if (transform !== layer.getAttribute('transform')) {
    if (transform) layer.setAttribute('transform', transform);
    else layer.removeAttribute('transform');
  }
  const units = zoomLayer.dataset.u ?? '1';
  if (layer.style.getPropertyValue('--u') !== units) layer.style.setProperty('--u', units);
  const overlay = layer.ownerSVGElement;
  if (overlay && typeof overlay.animate === 'function') {
    // One fade per overlay, rewound and replayed on each update day: a new Animation per step is
    // costly, and getAnimations() would bring style up to date first.
    const fade = fades.get(overlay);
    if (ids.length === 0) fade?.cancel();
    else if (fade) {
      fade.currentTime = 0;
      fade.play();
    } else
      fades.set(
        overlay,
        overlay.animate([{ opacity: 1 }, { opacity: 0 }], {
          duration: 1400,
          easing: 'ease-out',
          fill: 'forwards',
        }),
      );
  }
  // Each country's outline is made once and then only shown or hidden: a new path copies the
  // country's whole outline, which the browser parses and lays out again, on every update day.
  let made = outlines.get(layer);
  if (!made || made.geometry !== geometry) {
    layer.replaceChildren();
    made = { geometry, byId: new Map(), shown: new Set() };
    outlines.set(layer, made);
  }
  const next = new Set(ids);
  for (const id of made.shown) if (!next.has(id)) made.byId.get(id)?.classList.remove('is-shown');
  for (const id of next) {
    let el = made.byId.get(id);
    if (!el) {
      el = outlineOf(id, geometry) ?? undefined;
      if (!el) continue;
      made.byId.set(id, el);
      layer.append(el);
    }
    if (!made.shown.has(id)) el.classList.add('is-shown');
  }
  made.shown = next;
}

/** Per pulse layer: the outlines made so far, for which geometry, and which are shown. */
const outlines = new WeakMap<
  Element,
  { geometry: MapGeometry; byId: Map<string, Element>; shown: Set<string> }
>();

function outlineOf(id: string, geometry: MapGeometry): Element | null {
  const marker = geometry.markerById.get(id);
  if (marker) {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('transform', `translate(${marker.x} ${marker.y})`);
    const ring = document.createElementNS(SVG, 'circle');
    ring.setAttribute('r', '9');
    ring.setAttribute('class', 'map-pulse map-screen-size');
    g.append(ring);
    return g;
  }
  const shape = geometry.byId.get(id);
  if (!shape) return null;
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', shape.d);
  path.setAttribute('class', 'map-pulse');
  return path;
}
