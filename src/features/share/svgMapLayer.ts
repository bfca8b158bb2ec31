import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { regionZoom, visibleBox } from '../../shared/geometry/regionTransform';
import { MARKER_DOT_PX } from '../../shared/geometry/sizeMarker';
import { escapeXml } from '../../shared/util/escapeXml';
import type { Status, StatusOrNone } from '../../data/status';
import type { Region } from '../../state/urlState';
import { svgNumber as num } from './svgNumber';

export interface SvgMapLayerInput {
  geometry: MapGeometry;
  statuses: ReadonlyMap<string, Status>;
  /** The region preset on screen: the layer shows the view-box rectangle the page shows. */
  region: Region;
  /** The layer's top left corner and width in the image, in image pixels. */
  x: number;
  y: number;
  width: number;
  /** A status's fill on the map: a colour, or a pattern drawn in view-box units. */
  fill: (status: StatusOrNone) => string;
  noDataFill: string;
  /** The page colour: borders and the rings round dots. */
  background: string;
}

export interface SvgMapLayer {
  markup: string[];
  /** The `map-frame` clip path, for the document's defs. */
  clip: string;
  height: number;
  /** Image pixels per view-box unit. */
  scale: number;
}

/** A small state whose own shape is at least this wide in the image needs no dot. */
const SHAPE_LEGIBLE_PX = 10;

/**
 * The map part of the export: countries, borders and small-state dots, framed as the region
 * preset frames the screen (the same aspect as the world map, so the image keeps its size) and
 * clipped to that frame. Strokes and dots are sized in image pixels.
 */
export function svgMapLayer(input: SvgMapLayerInput): SvgMapLayer {
  const { geometry, statuses, x, y, width, fill, background } = input;
  const frame = visibleBox(regionZoom(input.region, geometry), geometry.viewBox);
  const s = width / (frame[2] - frame[0]);
  const height = (frame[3] - frame[1]) * s;
  const px = (v: number) => num(v / s);
  const inFrame = (b: readonly number[]) =>
    b[0]! < frame[2] && b[2]! > frame[0] && b[1]! < frame[3] && b[3]! > frame[1];

  const markup = [
    `<g clip-path="url(#map-frame)">`,
    `<g id="map" transform="translate(${num(x - frame[0] * s)} ${num(y - frame[1] * s)}) scale(${num(s)})">`,
    `<g id="countries" fill-rule="evenodd">`,
  ];
  // Shapes wholly outside the frame are left out: they would be clipped anyway, and weigh the file.
  for (const c of geometry.countries)
    if (inFrame(c.bbox))
      markup.push(
        `<path id="country-${escapeXml(c.id)}" d="${c.d}" fill="${fill(statuses.get(c.id) ?? 'none')}"/>`,
      );
  if (geometry.disputed) markup.push(`<path d="${geometry.disputed}" fill="${input.noDataFill}"/>`);
  markup.push(
    '</g>',
    `<path id="borders" d="${geometry.borders}" fill="none" stroke="${background}" stroke-width="${px(0.7)}" stroke-linejoin="round"/>`,
    '<g id="small-states">',
  );
  // A dot for each small state with a status whose shape is a speck at this scale. Unlike the
  // app, none for small states without data: a printed map has no hover to explain them, and
  // forty grey dots round Europe and the Caribbean would bury the few that matter.
  for (const m of geometry.markers) {
    const status = statuses.get(m.id);
    const b = geometry.byId.get(m.id)?.bbox;
    if (!status || (b && Math.max(b[2] - b[0], b[3] - b[1]) * s >= SHAPE_LEGIBLE_PX)) continue;
    if (!inFrame([m.x, m.y, m.x, m.y])) continue;
    markup.push(
      `<circle id="dot-${escapeXml(m.id)}" cx="${m.x}" cy="${m.y}" r="${px(MARKER_DOT_PX)}" fill="${fill(status)}" stroke="${background}" stroke-width="${px(1.5)}"/>`,
    );
  }
  markup.push('</g>', '</g>', '</g>');
  const clip = `<clipPath id="map-frame"><rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"/></clipPath>`;
  return { markup, clip, height, scale: s };
}
