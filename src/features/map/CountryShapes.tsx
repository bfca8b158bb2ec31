import { memo, useMemo, useState } from 'react';
import type { Status } from '../../data/status';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { raiseMarkers } from './paint/raiseMarkers';
import { shapesMarkup } from './geometry/shapesMarkup';

/**
 * Every country path and small-state marker, made once per geometry from markup (shapesMarkup:
 * the browser's parser creates them far faster than an element per shape). Fills, fading and
 * accessible names are written later by the painter straight onto these nodes, roles and the
 * focus order by `applyFocusable`; events are delegated to the svg. The markup objects keep their
 * identity, so React never writes them again and the painter's work stays.
 */
export const CountryShapes = memo(function CountryShapes({
  geometry,
  noDataFill,
  statuses,
}: {
  geometry: MapGeometry;
  /** For disputed land, which belongs to no country and never has a status. */
  noDataFill: string;
  /** The statuses of the first view (later ones are the painter's): as the prerendered page has them. */
  statuses: ReadonlyMap<string, Status> | null;
}) {
  const [first] = useState(statuses);
  const markup = useMemo(() => {
    const { countries, markers } = shapesMarkup(geometry, first);
    return { countries: { __html: countries }, markers: { __html: markers } };
  }, [geometry, first]);
  return (
    <>
      <g className="map-countries" dangerouslySetInnerHTML={markup.countries} />
      {geometry.disputed && <path className="map-disputed" d={geometry.disputed} fill={noDataFill} />}
      <path className="map-borders" d={geometry.borders} />
      <g className="map-markers" dangerouslySetInnerHTML={markup.markers} />
    </>
  );
});

/**
 * Countries with data become `role="button"` with a roving tabindex (-1 until the roving stop
 * picks one); the others stay plain shapes (clickable, not in the tab or arrow order: there is
 * nothing to announce for them). A small state's marker, not its speck of a shape, is the one that
 * takes focus. Markers with data move last, so where dots crowd (Bahrain by Qatar) they are on top.
 */
export function applyFocusable(layer: Element, geometry: MapGeometry, focusable: ReadonlySet<string>) {
  for (const el of layer.querySelectorAll('.map-country[data-id], .map-marker[data-id]')) {
    const id = el.getAttribute('data-id')!;
    const speck = el.classList.contains('map-country') && geometry.markerById.has(id);
    if (focusable.has(id) && !speck) {
      el.setAttribute('role', 'button');
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    } else if (el.hasAttribute('role')) {
      for (const name of ['role', 'tabindex', 'aria-label']) el.removeAttribute(name);
    }
  }
  raiseMarkers(layer, focusable);
}
