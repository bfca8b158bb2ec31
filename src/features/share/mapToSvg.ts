import type { DatasetIndex } from '../../data/createIndex';
import { parseDate, type DatePrecision, type DayNumber } from '../../data/dates';
import { reportOutlets } from '../../data/reportOutlets';
import { STATUS_OR_NONE, type StatusOrNone } from '../../data/status';
import { STATUS_STYLES, type Theme } from '../../data/statusScale';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { countStatuses } from '../../data/countStatuses';
import { HATCH_OPACITY, HATCH_STROKE, HATCH_TILE, hatchPath } from '../../shared/geometry/hatch';
import { MARKER_DOT_PX } from '../../shared/geometry/sizeMarker';
import { escapeXml } from '../../shared/util/escapeXml';
import { estimateWidth, wrapText } from './wrapText';

export interface MapSvgInput {
  geometry: MapGeometry;
  index: Pick<DatasetIndex, 'dataset' | 'entities' | 'statusesAt'>;
  day: DayNumber;
  /** Light by default: the export is a graphic for a printed or white page, whatever the screen. */
  theme?: Theme;
  /** How dates read ("15 July 2020"); the page's `formatDate` by default. */
  formatDay?: (day: DayNumber, precision?: DatePrecision) => string;
}

export interface MapSvg {
  svg: string;
  /** The image's size in CSS pixels (PNG exports multiply it). */
  width: number;
  height: number;
}

/** Wide enough that Europe's countries read at world scale (the map is drawn at ~1.18×). */
export const EXPORT_WIDTH = 1200;
const PAD = 32;
// System fonts only: an exported file must not fetch anything, and a PNG is drawn offline.
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const TITLE = 30;
const SUBTITLE = 18;
const LABEL = 15;
const COUNT = 13;
const SOURCE = 13;
const SWATCH = 18;
/** A small state whose own shape is at least this wide in the image needs no dot. */
const SHAPE_LEGIBLE_PX = 10;

/** Page colours, as theme.css has them. */
const PAGE: Record<Theme, { bg: string; fg: string; muted: string }> = {
  light: { bg: '#ffffff', fg: '#16181d', muted: '#4f5663' },
  dark: { bg: '#121418', fg: '#eceff4', muted: '#aeb6c2' },
};

const num = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * The map on one day as a self-contained SVG document: title, date, legend with counts, every
 * country coloured by the one status scale (with its hatch), small states as dots, and the source
 * line. A pure function of its input, so the same day always gives the same file; every text
 * that comes from the dataset is escaped for XML.
 */
export function mapToSvg({
  geometry,
  index,
  day,
  theme = 'light',
  formatDay = formatDate,
}: MapSvgInput): MapSvg {
  const page = PAGE[theme];
  const styles = STATUS_STYLES[theme];
  const statuses = index.statusesAt(day);
  const counts = countStatuses(index, statuses);
  const inner = EXPORT_WIDTH - 2 * PAD;
  // Hatched statuses fill with a pattern: `map-…` tiles for the scaled map, `key-…` for the legend.
  const fill = (status: StatusOrNone, tiles: 'map' | 'key') =>
    styles[status].pattern ? `url(#${tiles}-${status})` : styles[status].fill;
  const body: string[] = [];
  const text = (x: number, y: number, size: number, fill: string, content: string, bold = false) =>
    body.push(
      `<text x="${num(x)}" y="${num(y)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(content)}</text>`,
    );

  // Headline and date.
  let y = PAD;
  for (const line of wrapText(strings.appTitle, inner, TITLE, 'bold')) {
    y += TITLE * 1.2;
    text(PAD, y - TITLE * 0.25, TITLE, page.fg, line, true);
  }
  const dateText = formatDay(day, 'day');
  for (const line of wrapText(strings.share.subtitle(dateText), inner, SUBTITLE)) {
    y += SUBTITLE * 1.45;
    text(PAD, y - SUBTITLE * 0.3, SUBTITLE, page.muted, line);
  }

  // Legend: one entry per status (no data last), swatch beside a label over a count; entries
  // flow left to right and wrap.
  y += 18;
  const rowHeight = LABEL + COUNT + 14;
  let x = PAD;
  for (const status of STATUS_OR_NONE) {
    const label = strings.statusLabel[status];
    const count = strings.legendCount(counts[status]);
    const w = SWATCH + 8 + Math.max(estimateWidth(label, LABEL, 'bold'), estimateWidth(count, COUNT)) + 24;
    if (x > PAD && x + w > PAD + inner) {
      x = PAD;
      y += rowHeight;
    }
    body.push(
      `<g class="legend-entry" data-status="${status}">`,
      `<rect x="${x}" y="${y + 1}" width="${SWATCH}" height="${SWATCH}" fill="${fill(status, 'key')}" stroke="${page.fg}" stroke-opacity="0.4"/>`,
    );
    text(x + SWATCH + 8, y + LABEL - 1, LABEL, page.fg, label, true);
    text(x + SWATCH + 8, y + LABEL + COUNT + 3, COUNT, page.muted, count);
    body.push('</g>');
    x += w;
  }
  y += rowHeight + 8;

  // The map, scaled to the full width; hatch, strokes and dots are sized in image pixels.
  const [vx, vy, vw, vh] = geometry.viewBox;
  const s = inner / vw;
  const px = (v: number) => num(v / s);
  body.push(
    `<g id="map" transform="translate(${num(PAD - vx * s)} ${num(y - vy * s)}) scale(${num(s)})">`,
    `<g id="countries" fill-rule="evenodd">`,
  );
  for (const c of geometry.countries)
    body.push(
      `<path id="country-${escapeXml(c.id)}" d="${c.d}" fill="${fill(statuses.get(c.id) ?? 'none', 'map')}"/>`,
    );
  if (geometry.disputed) body.push(`<path d="${geometry.disputed}" fill="${styles.none.fill}"/>`);
  body.push(
    '</g>',
    `<path id="borders" d="${geometry.borders}" fill="none" stroke="${page.bg}" stroke-width="${px(0.7)}" stroke-linejoin="round"/>`,
    '<g id="small-states">',
  );
  // A dot for each small state with a status whose shape is a speck at this scale. Unlike the
  // app, none for small states without data: a printed map has no hover to explain them, and
  // forty grey dots round Europe and the Caribbean would bury the few that matter.
  for (const m of geometry.markers) {
    const status = statuses.get(m.id);
    const b = geometry.byId.get(m.id)?.bbox;
    if (!status || (b && Math.max(b[2] - b[0], b[3] - b[1]) * s >= SHAPE_LEGIBLE_PX)) continue;
    body.push(
      `<circle id="dot-${escapeXml(m.id)}" cx="${m.x}" cy="${m.y}" r="${px(MARKER_DOT_PX)}" fill="${fill(status, 'map')}" stroke="${page.bg}" stroke-width="${px(1.5)}"/>`,
    );
  }
  body.push('</g>', '</g>');
  y += vh * s;

  // Source line, as the app's footer has it.
  const { source, title, updatedAt } = index.dataset;
  const updated = parseDate(updatedAt);
  const sourceLine = strings.sourceLine(
    source?.publisher ?? title,
    updated ? formatDay(updated.day, updated.precision) : updatedAt,
    reportOutlets(index.dataset).length,
  );
  y += 10;
  for (const line of wrapText(sourceLine, inner, SOURCE)) {
    y += SOURCE * 1.45;
    text(PAD, y - SOURCE * 0.3, SOURCE, page.muted, line);
  }
  const height = Math.ceil(y + PAD - 8);

  const defs = STATUS_OR_NONE.flatMap((status) => {
    const style = styles[status];
    const pattern = style.pattern;
    if (!pattern) return [];
    const tile = (id: string, scale: string) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${HATCH_TILE}" height="${HATCH_TILE}"${scale}>` +
      `<rect width="${HATCH_TILE}" height="${HATCH_TILE}" fill="${style.fill}"/>` +
      `<path d="${hatchPath(pattern)}" stroke="${style.ink}" stroke-opacity="${HATCH_OPACITY}" stroke-width="${HATCH_STROKE}"/>` +
      '</pattern>';
    // The map's tile is drawn inside the scaled group: undo the scale so both hatch alike.
    return [tile(`map-${status}`, ` patternTransform="scale(${num(1 / s)})"`), tile(`key-${status}`, '')];
  });

  const label = `${strings.appTitle} ${strings.share.subtitle(dateText)}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="export-title">`,
    `<title id="export-title">${escapeXml(label)}</title>`,
    `<desc>${escapeXml(sourceLine)}</desc>`,
    `<defs>${defs.join('')}</defs>`,
    `<rect width="100%" height="100%" fill="${page.bg}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
  return { svg, width: EXPORT_WIDTH, height };
}
