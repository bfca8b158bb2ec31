import type { DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Theme } from '../../data/statusScale';
import { fillFor } from '../../data/statusScale';
import { buildGeometry } from './buildGeometry';
import { createMapPainter } from './createMapPainter';
import { hatchPatternsMarkup } from './hatch';
import { takeShapes } from './preparedShapes';
import { raiseMarkers } from './raiseMarkers';
import { drawnWidth, sizeForScreen } from './sizeForScreen';
import type { WorldTopology } from './loadWorld';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The map drawn before the app, and the element it lies in, until the app's map is drawn. */
let early: { svg: SVGSVGElement; container: Element; follow: ResizeObserver | null } | null = null;

/**
 * The coloured map, drawn over the prerendered page's loading frame before the framework has even
 * loaded (src/main.tsx). On a slow phone the framework's first render and the map's own took a
 * quarter of a second after the files had arrived, all of it before the first colour; the reader
 * waits for the map, not for the page around it to become interactive.
 *
 * It draws what the app's map first draws at the plain address or an embed — the whole world, at
 * `day`, in `theme` — from the app's own shapes, painter and screen sizes, so that when the app's
 * map is drawn under it and it goes (dropEarlyMap), nothing visibly changes. It is inert and hidden
 * from assistive technology: the prerendered page is, until the app has rendered its own map.
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

  // Sized and placed for the frame as the browser last laid it out (the prerendered page has been
  // drawn): over it, in its container, whose element the framework's render keeps (see startApp.tsx).
  // A frame that changes size meanwhile (a phone turned, an embed resized) takes it along, with
  // its dots and hatching resized for the new scale.
  const container = frame.parentElement ?? frame;
  const place = () => {
    const box = frame.getBoundingClientRect();
    const outer = container.getBoundingClientRect();
    Object.assign(svg.style, {
      top: `${box.top - outer.top}px`,
      left: `${box.left - outer.left}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    return box;
  };
  const box = place();
  const unitsPerPxOf = (frameBox: DOMRect) => {
    const px = drawnWidth(frameBox, geometry.viewBox);
    return px > 0 ? geometry.viewBox[2] / px : null;
  };
  const unitsPerPx = unitsPerPxOf(box);
  let sizedFor = unitsPerPx;
  // (Its first report, on observing, is of the size already drawn for: nothing to redo.)
  const follow =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          const units = unitsPerPxOf(place());
          if (units !== null && units !== sizedFor) sizeForScreen(svg, geometry, (sizedFor = units));
        });
  follow?.observe(frame);
  createMapPainter(layer)({
    statuses: index.statusesAt(day),
    before: null,
    highlight: null,
    theme,
    // Not sized by the painter as well: sizeForScreen, below, sizes every marker once.
    unitsPerPx: null,
    // The app's map names the countries it makes buttons of; this one is hidden from them.
    label: () => '',
    labelKey: () => '',
    names: false,
  });
  if (unitsPerPx !== null) sizeForScreen(svg, geometry, unitsPerPx);
  // As the app's map orders them (applyFocusable): the dots of places with data on top.
  raiseMarkers(layer, new Set(index.entitiesWithData()));
  container.append(svg);
  early = { svg, container, follow };
  // The benchmark's cue (scripts/bench.ts), as the app's map sets it: the dataset's fills are on.
  if (performance.getEntriesByName?.('hbm:map-painted').length === 0) performance.mark?.('hbm:map-painted');
}

/**
 * Runs the framework's first render with the early map out of the page, and puts it back after:
 * the render adopts the prerendered page and removes whatever it did not render itself, and a
 * removal of the drawn map deep inside that render cost far more than this one (each change is
 * traced with its call stack where a tool like Lighthouse watches; a slow phone paid for it too).
 * The container is an element the render adopts, so the map is back over the frame in the same
 * task, before anything is drawn.
 */
export function renderAroundEarlyMap(render: () => void): void {
  const kept = early;
  kept?.svg.remove();
  render();
  if (kept && early === kept) kept.container.append(kept.svg);
}

/**
 * The app's map is drawn: the early one goes, in a task of its own. Until then it lies over the
 * app's, drawing the same; it takes no pointer (map.css) and is hidden from assistive technology.
 */
export function dropEarlyMap(): void {
  const dropped = early;
  early = null;
  dropped?.follow?.disconnect();
  if (dropped) setTimeout(() => dropped.svg.remove(), 0);
}
