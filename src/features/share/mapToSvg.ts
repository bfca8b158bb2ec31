import type { DatasetIndex } from '../../data/createIndex';
import { parseDate, type DatePrecision, type DayNumber } from '../../data/dates';
import { reportOutlets } from '../../data/reportOutlets';
import type { StatusOrNone } from '../../data/status';
import type { Theme } from '../../data/statusScale';
import { statusLabel } from '../../shared/text/statusText';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { storyTopic } from '../../shared/text/storyText';
import type { MapGeometry } from '../../shared/geometry/buildGeometry';
import { countStatuses } from '../../data/countStatuses';
import { HATCH_OPACITY, HATCH_STROKE, HATCH_TILE, hatchPath } from '../../shared/geometry/hatch';
import type { Region } from '../../state/urlState';
import { escapeXml } from '../../shared/util/escapeXml';
import { svgMapLayer } from './svgMapLayer';
import { svgNumber as num } from './svgNumber';
import { estimateWidth, wrapText } from './wrapText';

export interface MapSvgInput {
  geometry: MapGeometry;
  index: Pick<DatasetIndex, 'dataset' | 'entities' | 'statusesAt' | 'story' | 'statuses' | 'scale'>;
  day: DayNumber;
  /** The page's resolved theme, so the file looks like the screen; light when not given. */
  theme?: Theme;
  /** The region preset on screen: the map is framed as the page frames it. The whole world by default. */
  region?: Region;
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

/** Page colours, as theme.css has them. */
const PAGE: Record<Theme, { bg: string; fg: string; muted: string }> = {
  light: { bg: '#ffffff', fg: '#16181d', muted: '#4f5663' },
  dark: { bg: '#121418', fg: '#eceff4', muted: '#aeb6c2' },
};

/**
 * The map on one day as a self-contained SVG document: title, date, legend with counts, every
 * country in the region's frame coloured by the one status scale (with its hatch), small states as
 * dots, and the source line. The legend counts the whole world, as the page's does. A pure
 * function of its input, so the same day always gives the same file; every text that comes from
 * the dataset is escaped for XML.
 */
export function mapToSvg({
  geometry,
  index,
  day,
  theme = 'light',
  region = 'world',
  formatDay = formatDate,
}: MapSvgInput): MapSvg {
  const page = PAGE[theme];
  const scale = index.scale;
  const style = (status: StatusOrNone) => scale.style(status, theme);
  const statuses = index.statusesAt(day);
  const counts = countStatuses(index, statuses);
  const inner = EXPORT_WIDTH - 2 * PAD;
  // Hatched statuses fill with a pattern: `map-…` tiles for the scaled map, `key-…` for the legend.
  const fill = (status: StatusOrNone, tiles: 'map' | 'key') =>
    style(status).pattern ? `url(#${tiles}-${status})` : style(status).fill;
  const body: string[] = [];
  const text = (x: number, y: number, size: number, fill: string, content: string, bold = false) =>
    body.push(
      `<text x="${num(x)}" y="${num(y)}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(content)}</text>`,
    );

  // Headline and date.
  let y = PAD;
  const { story } = index;
  for (const line of wrapText(story.title, inner, TITLE, 'bold')) {
    y += TITLE * 1.2;
    text(PAD, y - TITLE * 0.25, TITLE, page.fg, line, true);
  }
  const dateText = formatDay(day, 'day');
  const subtitle = strings.share.subtitle(storyTopic(story), dateText);
  for (const line of wrapText(subtitle, inner, SUBTITLE)) {
    y += SUBTITLE * 1.45;
    text(PAD, y - SUBTITLE * 0.3, SUBTITLE, page.muted, line);
  }

  // Legend: one entry per status (no data last), swatch beside a label over a count; entries
  // flow left to right and wrap.
  y += 18;
  const rowHeight = LABEL + COUNT + 14;
  let x = PAD;
  for (const status of scale.order) {
    const label = statusLabel(index.story, status);
    const count = strings.legendCount(counts[status] ?? 0);
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

  // The map, framed as on screen and scaled to the full width.
  const map = svgMapLayer({
    geometry,
    statuses,
    region,
    x: PAD,
    y,
    width: inner,
    fill: (status) => fill(status, 'map'),
    noDataFill: style('none').fill,
    background: page.bg,
  });
  body.push(...map.markup);
  y += map.height;

  // Source line, as the app's footer has it.
  const { source, updatedAt } = index.dataset;
  const updated = parseDate(updatedAt);
  const sourceLine = strings.sourceLine(
    source?.publisher ?? null,
    updated ? formatDay(updated.day, updated.precision) : updatedAt,
    reportOutlets(index.dataset),
    story.credit,
  );
  y += 10;
  for (const line of wrapText(sourceLine, inner, SOURCE)) {
    y += SOURCE * 1.45;
    text(PAD, y - SOURCE * 0.3, SOURCE, page.muted, line);
  }
  const height = Math.ceil(y + PAD - 8);

  const defs = scale.order.flatMap((status) => {
    const { pattern, fill: colour, ink } = style(status);
    if (!pattern) return [];
    const tile = (id: string, transform: string) =>
      `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${HATCH_TILE}" height="${HATCH_TILE}"${transform}>` +
      `<rect width="${HATCH_TILE}" height="${HATCH_TILE}" fill="${colour}"/>` +
      `<path d="${hatchPath(pattern)}" stroke="${ink}" stroke-opacity="${HATCH_OPACITY}" stroke-width="${HATCH_STROKE}"/>` +
      '</pattern>';
    // The map's tile is drawn inside the scaled group: undo the scale so both hatch alike.
    return [
      tile(`map-${status}`, ` patternTransform="scale(${num(1 / map.scale)})"`),
      tile(`key-${status}`, ''),
    ];
  });

  const label = `${story.title} ${subtitle}`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="export-title">`,
    `<title id="export-title">${escapeXml(label)}</title>`,
    `<desc>${escapeXml(sourceLine)}</desc>`,
    `<defs>${defs.join('')}${map.clip}</defs>`,
    `<rect width="100%" height="100%" fill="${page.bg}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
  return { svg, width: EXPORT_WIDTH, height };
}
