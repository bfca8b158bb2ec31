import { memo, useLayoutEffect, useRef } from 'react';
import type { MapGeometry } from './buildGeometry';
import { dropEarlyMap } from './paintEarlyMap';
import { takeShapes } from './preparedShapes';
import { raiseMarkers } from './raiseMarkers';

/** Children the framework must leave alone: the shapes are put in by the layout effect below. */
const OWN_CHILDREN = { __html: '' };

/**
 * Every country path and small-state marker, made once per geometry from markup (see
 * shapesMarkup, prepareShapes) and moved in before the first paint. Fills, fading and accessible
 * names are written later by the painter straight onto these nodes, roles and the focus order by
 * `applyFocusable`; events are delegated to the svg.
 */
export const CountryShapes = memo(function CountryShapes({
  geometry,
  noDataFill,
}: {
  geometry: MapGeometry;
  /** For disputed land, which belongs to no country and never has a status. */
  noDataFill: string;
}) {
  const countriesRef = useRef<SVGGElement>(null);
  const markersRef = useRef<SVGGElement>(null);
  // Before the map's own layout effects (a child's run first), which look the shapes up.
  useLayoutEffect(() => {
    const shapes = takeShapes(geometry);
    countriesRef.current?.replaceChildren(shapes.countries);
    markersRef.current?.replaceChildren(shapes.markers);
    // The map drawn before the app lies over this one until now (paintEarlyMap).
    dropEarlyMap();
  }, [geometry]);
  return (
    <>
      <g ref={countriesRef} className="map-countries" dangerouslySetInnerHTML={OWN_CHILDREN} />
      {geometry.disputed && <path className="map-disputed" d={geometry.disputed} fill={noDataFill} />}
      <path className="map-borders" d={geometry.borders} />
      <g ref={markersRef} className="map-markers" dangerouslySetInnerHTML={OWN_CHILDREN} />
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
