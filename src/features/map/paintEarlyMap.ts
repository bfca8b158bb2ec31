import type { DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Theme } from '../../data/statusScale';
import { fillFor } from '../../data/statusScale';
import { buildGeometry } from './buildGeometry';
import { createMapPainter } from './createMapPainter';
import { hatchPatternsMarkup } from './hatch';
import { lendShapes, takeShapes } from './preparedShapes';
import { raiseMarkers } from './raiseMarkers';
import { drawnWidth, sizeForScreen } from './sizeForScreen';
import type { WorldTopology } from './worldQuery';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The map drawn before the app, while it waits to be taken over (see paintEarlyMap). */
let early: SVGSVGElement | null = null;

/**
 * The coloured map, drawn into the prerendered page's loading frame before the framework's first
 * render (src/main.tsx). On a slow phone that render and the map's own took a quarter of a second
 * after the files had arrived, all of it before the first colour; the reader waits for the map,
 * not for the page around it to become interactive.
 *
 * It draws what the app's map first draws at the plain address or an embed — the whole world, at
 * `day`, in `theme` — with the app's own shapes, painter and screen sizes, so the app's map takes
 * its shapes over as they are (lendShapes) and nothing visibly changes. It is inert and hidden from
 * assistive technology: the prerendered page is, until the app has rendered and the map is its.
 */
export function paintEarlyMap(
  frame: Element,
  topology: WorldTopology,
  index: DatasetIndex,
  day: DayNumber,
  theme: Theme,
): void {
  const geometry = buildGeometry(topology);
  const shapes = takeShapes(geometry);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map__svg map__svg--early');
  svg.setAttribute('viewBox', geometry.viewBox.join(' '));
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const defs = document.createElementNS(SVG_NS, 'defs');
  defs.innerHTML = hatchPatternsMarkup();
  const layer = document.createElementNS(SVG_NS, 'g');
  const group = (className: string, children: DocumentFragment) => {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', className);
    g.append(children);
    return g;
  };
  const countries = group('map-countries', shapes.countries);
  const markers = group('map-markers', shapes.markers);
  const path = (className: string, d: string) => {
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('class', className);
    p.setAttribute('d', d);
    return p;
  };
  const disputed = geometry.disputed ? [path('map-disputed', geometry.disputed)] : [];
  disputed[0]?.setAttribute('fill', fillFor('none', theme));
  layer.append(countries, ...disputed, path('map-borders', geometry.borders), markers);
  svg.append(defs, layer);

  // Sized for the frame as the browser last laid it out (the prerendered page has been drawn).
  const box = frame.getBoundingClientRect();
  const px = drawnWidth(box, geometry.viewBox);
  const unitsPerPx = px > 0 ? geometry.viewBox[2] / px : null;
  createMapPainter(layer)({
    statuses: index.statusesAt(day),
    before: null,
    highlight: null,
    theme,
    unitsPerPx,
    // The app's map names the countries it makes buttons of; this one is hidden from them.
    label: () => '',
    labelKey: () => '',
    names: false,
  });
  if (unitsPerPx !== null) sizeForScreen(svg, geometry, unitsPerPx);
  // As the app's map orders them (applyFocusable): the dots of places with data on top.
  raiseMarkers(layer, new Set(index.entitiesWithData()));
  frame.append(svg);
  early = svg;
  lendShapes(geometry, { countries, markers });
  // The benchmark's cue (scripts/bench.ts), as the app's map sets it: the dataset's fills are on.
  if (performance.getEntriesByName?.('hbm:map-painted').length === 0) performance.mark?.('hbm:map-painted');
}

/**
 * Keeps the early map in the app's loading frame: the framework's first render adopts the
 * prerendered page and drops what it did not render itself, the early map with it.
 */
export function keepEarlyMap(frame: Element | null): void {
  if (frame && early && early.parentNode !== frame) frame.append(early);
}

/** The app's map has taken the shapes over (or never will): the early map is let go. */
export function dropEarlyMap(): void {
  early?.remove();
  early = null;
}
