import { memo } from 'react';
import type { MapGeometry } from './buildGeometry';
import { MARKER_DOT_PX, MARKER_HIT_PX } from './sizeMarker';

/**
 * Every country path and small-state marker, rendered by React once per geometry (and again
 * only when the set of countries with data arrives). Fills, fading and accessible names are
 * written later by the painter straight onto these nodes; events are delegated to the svg.
 *
 * Countries with data are `role="button"` with a roving tabindex (set by MapCanvas: written
 * here, an SVG `tabIndex` would reach the DOM in the wrong case under preact/compat); the others stay plain
 * shapes (clickable, not in the tab or arrow order: there is nothing to announce for them).
 * A small state's marker, not its speck of a shape, is the one that takes focus.
 */
export const CountryShapes = memo(function CountryShapes({
  geometry,
  focusable,
  noDataFill,
}: {
  geometry: MapGeometry;
  focusable: ReadonlySet<string>;
  /** For disputed land, which belongs to no country and never has a status. */
  noDataFill: string;
}) {
  return (
    <>
      <g className="map-countries">
        {geometry.countries.map((c) => {
          const named = focusable.has(c.id) && !geometry.markerIds.has(c.id);
          return (
            <path
              key={c.id}
              className="map-country"
              d={c.d}
              data-id={c.id}
              role={named ? 'button' : undefined}
            />
          );
        })}
        {geometry.disputed && <path className="map-disputed" d={geometry.disputed} fill={noDataFill} />}
      </g>
      <path className="map-borders" d={geometry.borders} />
      <g className="map-markers">
        {/* Markers with data last, so where dots crowd (Bahrain by Qatar) they are on top. */}
        {[
          ...geometry.markers.filter((m) => !focusable.has(m.id)),
          ...geometry.markers.filter((m) => focusable.has(m.id)),
        ].map((m) => {
          const named = focusable.has(m.id);
          return (
            <g key={m.id} className="map-marker" data-id={m.id} role={named ? 'button' : undefined}>
              {/* Radii are set in screen pixels by sizeMarker: a 24 px target at every zoom. */}
              <circle className="map-marker__hit" cx={m.x} cy={m.y} r={MARKER_HIT_PX} />
              <circle className="map-marker__dot" cx={m.x} cy={m.y} r={MARKER_DOT_PX} />
            </g>
          );
        })}
      </g>
    </>
  );
});
