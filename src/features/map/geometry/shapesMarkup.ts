import { escapeXml } from '../../../shared/util/escapeXml';
import type { Status } from '../../../data/status';
import type { MapGeometry } from '../../../shared/geometry/buildGeometry';
import { MARKER_DOT_PX, MARKER_HIT_PX } from '../../../shared/geometry/sizeMarker';

export interface ShapesMarkup {
  /** One `<path class="map-country">` per country, in the file's order. */
  countries: string;
  /** One `<g class="map-marker">` (hit circle, dot) per small state. */
  markers: string;
}

const cache = new WeakMap<MapGeometry, ShapesMarkup>();

/** Ids and coordinates are read from a file, and nothing read from a file is trusted. */
const attr = (value: string | number) => escapeXml(String(value));

/**
 * The map's ~330 country paths and ~90 markers as markup, built once per geometry. The browser's
 * parser creates them in one go (innerHTML), several times faster than a framework creating
 * and diffing an element per shape — this is the largest single cost of the first paint.
 * Everything that changes (fills, names, roles, radii) is written later, straight onto the nodes.
 */
export function shapesMarkup(
  geometry: MapGeometry,
  statuses: ReadonlyMap<string, Status> | null = null,
): ShapesMarkup {
  let markup = statuses ? undefined : cache.get(geometry);
  if (markup) return markup;
  // The status of the first view, for the prerendered page's CSS (map.css) to colour it before
  // the painter has run; the painter's fills take over from there.
  const status = (id: string) => (statuses ? ` data-status="${statuses.get(id) ?? 'none'}"` : '');
  let countries = '';
  for (const c of geometry.countries)
    // Path data is written by buildGeometry from numbers alone: nothing in it needs escaping.
    // The anchor (and a marker's extent) let the page's own markup serve as the app's geometry
    // (readPageGeometry), so the first view needs no map file.
    countries +=
      `<path class="map-country" d="${c.d}" data-id="${attr(c.id)}"` +
      ` data-anchor="${attr(c.anchor.join(' '))}"${status(c.id)}></path>`;
  let markers = '';
  for (const m of geometry.markers) {
    const at = `cx="${attr(m.x)}" cy="${attr(m.y)}"`;
    // Radii are set in screen pixels by sizeMarker: a 24 px target at every zoom.
    markers +=
      `<g class="map-marker" data-id="${attr(m.id)}" data-extent="${attr(m.extent)}"${status(m.id)}>` +
      `<circle class="map-marker__hit" ${at} r="${MARKER_HIT_PX}"></circle>` +
      `<circle class="map-marker__dot" ${at} r="${MARKER_DOT_PX}"></circle></g>`;
  }
  markup = { countries, markers };
  if (!statuses) cache.set(geometry, markup);
  return markup;
}
