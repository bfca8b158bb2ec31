import type { Region } from '../../state/urlState';
import type { Box, MapGeometry } from './buildGeometry';

// Shared by the map's zoom and the image export, so a download frames a region as the screen does.

/** A zoom: view-box point p is drawn at (x + k·p.x, y + k·p.y). Same shape as d3-zoom's. */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export const MIN_SCALE = 1;
export const MAX_SCALE = 12;
export const IDENTITY: ZoomState = { k: 1, x: 0, y: 0 };

/**
 * Countries that span a region, by their interior anchors (not bounding boxes: the Azores,
 * Canaries and Svalbard would stretch Europe into the Atlantic and the Arctic).
 */
const REGION_COUNTRIES: Record<Exclude<Region, 'world'>, readonly string[]> = {
  europe: ['ISL', 'IRL', 'PRT', 'ESP', 'NOR', 'FIN', 'EST', 'UKR', 'CYP', 'GRC', 'MLT'],
};
/** Margin around a region's anchors, in view-box pixels, so edge countries show whole. */
const REGION_PADDING = 14;
/** More on the north: Norway's anchor is far south of its North Cape, which was cut off. */
const NORTH_PADDING = 26;

/** The view-box rectangle a region preset shows, or null for the whole world. */
export function regionBox(region: Region, geometry: MapGeometry): Box | null {
  if (region === 'world') return null;
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const id of REGION_COUNTRIES[region]) {
    const c = geometry.byId.get(id);
    if (!c) continue;
    box[0] = Math.min(box[0], c.anchor[0]);
    box[1] = Math.min(box[1], c.anchor[1]);
    box[2] = Math.max(box[2], c.anchor[0]);
    box[3] = Math.max(box[3], c.anchor[1]);
  }
  if (!(box[0] < box[2])) return null;
  return [box[0] - REGION_PADDING, box[1] - NORTH_PADDING, box[2] + REGION_PADDING, box[3] + REGION_PADDING];
}

/**
 * Keeps the view inside the map, as d3-zoom's translateExtent does for the extent
 * [[0, 0], [width, height]]: no empty margin beyond the view box at any scale.
 */
export function clampZoom(z: ZoomState, width: number, height: number): ZoomState {
  const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, z.k));
  return {
    k,
    x: Math.min(0, Math.max(width - k * width, z.x)),
    y: Math.min(0, Math.max(height - k * height, z.y)),
  };
}

/** The zoom that fits a box in the view box, centred, within the scale limits. */
export function fitBox(box: Box | null, viewBox: MapGeometry['viewBox']): ZoomState {
  const [, , width, height] = viewBox;
  if (!box) return IDENTITY;
  const k = Math.min(width / (box[2] - box[0]), height / (box[3] - box[1]));
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  return clampZoom({ k, x: width / 2 - k * cx, y: height / 2 - k * cy }, width, height);
}

/** The zoom a region preset shows: its box fitted to the view box. */
export const regionZoom = (region: Region, geometry: MapGeometry): ZoomState =>
  fitBox(regionBox(region, geometry), geometry.viewBox);

/** The view-box rectangle on screen at a zoom (the whole view box at the identity). */
export function visibleBox(z: ZoomState, viewBox: MapGeometry['viewBox']): Box {
  const [vx, vy, width, height] = viewBox;
  const x0 = (vx - z.x) / z.k;
  const y0 = (vy - z.y) / z.k;
  return [x0, y0, x0 + width / z.k, y0 + height / z.k];
}

export const zoomAttribute = (z: ZoomState) => `translate(${z.x} ${z.y}) scale(${z.k})`;
