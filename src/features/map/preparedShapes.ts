import type { MapGeometry } from './buildGeometry';
import { shapesMarkup } from './shapesMarkup';

export interface PreparedShapes {
  /** The country paths, ready to append to the map's `.map-countries` group. */
  countries: DocumentFragment;
  /** The small states' markers, for `.map-markers`. */
  markers: DocumentFragment;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ready = new WeakMap<MapGeometry, PreparedShapes>();

/** Parses markup as SVG children, in an inert template document (nothing is drawn or styled). */
function parseSvg(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = `<svg xmlns="${SVG_NS}">${markup}</svg>`;
  const fragment = document.createDocumentFragment();
  const svg = template.content.firstElementChild;
  if (svg) fragment.append(...svg.childNodes);
  return fragment;
}

/**
 * Parses the map's shapes (shapesMarkup) ahead of the render that shows them: parsing ~330 paths
 * and their path data was the largest part of that render, the longest task of the page's load.
 * Called in a task of its own as soon as the geometry is built (worldQuery); the map then only
 * moves the nodes in.
 */
export function prepareShapes(geometry: MapGeometry): void {
  if (typeof document === 'undefined' || ready.has(geometry)) return;
  const markup = shapesMarkup(geometry);
  ready.set(geometry, { countries: parseSvg(markup.countries), markers: parseSvg(markup.markers) });
}

/**
 * The shapes for one mounted map: the prepared ones the first time (they can be used once: they
 * move into the map), parsed afresh for any later map of the same geometry.
 */
export function takeShapes(geometry: MapGeometry): PreparedShapes {
  const prepared = ready.get(geometry);
  if (prepared) {
    ready.delete(geometry);
    return prepared;
  }
  const markup = shapesMarkup(geometry);
  return { countries: parseSvg(markup.countries), markers: parseSvg(markup.markers) };
}
