import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate, type DatePrecision, type DayNumber } from '../../../src/data/dates';
import { STATUS_OR_NONE, STATUS_STYLES } from '../../huaweiScale';
import { validateDataset } from '../../../src/data/validateDataset';
import { formatDate } from '../../../src/shared/text/formatDate';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import { parseWorldText } from '../../../src/shared/load/loadWorld';
import { mapToSvg } from '../../../src/features/share/mapToSvg';

// The export draws what the reader sees: the region preset's frame and the resolved theme.

const geometry = buildGeometry(parseWorldText(readFileSync('public/data/world.json', 'utf8')));
const loaded = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
if (!loaded.ok) throw new Error('the bundled dataset must be valid');
const index = createIndex(loaded.dataset);
const day = parseDate('2020-07-15')!.day;
const formatDay = (d: DayNumber, precision?: DatePrecision) => formatDate(d, precision, 'long');

/** The map group's scale and offset, and the rectangle it is clipped to, in image pixels. */
function mapFrame(svg: string) {
  const t = /<g id="map" transform="translate\(([-\d.]+) ([-\d.]+)\) scale\(([\d.]+)\)">/.exec(svg);
  const c =
    /<clipPath id="map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>/.exec(
      svg,
    );
  expect(t && c, 'map group and clip').toBeTruthy();
  const [tx, ty, k] = t!.slice(1).map(Number) as [number, number, number];
  const [x, y, w, h] = c!.slice(1).map(Number) as [number, number, number, number];
  const onImage = (id: string) => {
    const [ax, ay] = geometry.byId.get(id)!.anchor;
    const px = tx + k * ax;
    const py = ty + k * ay;
    return px > x && px < x + w && py > y && py < y + h;
  };
  return { k, w, h, onImage };
}

const legend = (svg: string) =>
  svg.slice(svg.indexOf('<g class="legend-entry"'), svg.indexOf('<g clip-path'));

describe('mapToSvg framed as the region preset on screen', () => {
  const world = mapToSvg({ geometry, index, day, formatDay });
  const europe = mapToSvg({ geometry, index, day, formatDay, region: 'europe' });

  it('frames Europe: its edge countries inside the image, zoomed in, the rest of the world out', () => {
    const w = mapFrame(world.svg);
    const e = mapFrame(europe.svg);
    expect(e.k / w.k).toBeGreaterThan(2.5);
    // The same rectangle on the page as the world map: the screen's aspect, at full width.
    expect([e.w, e.h]).toEqual([w.w, w.h]);
    for (const id of ['PRT', 'IRL', 'ISL', 'NOR', 'FIN', 'CYP', 'GRC', 'DEU', 'GBR'])
      expect(e.onImage(id), id).toBe(true);
    for (const id of ['USA', 'CHN', 'IND']) expect(e.onImage(id), id).toBe(false);
    // Shapes wholly off the frame are left out of the file (the USA's Aleutians reach it).
    for (const id of ['AUS', 'BRA', 'ARG', 'ZAF', 'JPN'])
      expect(europe.svg.includes(`id="country-${id}"`), id).toBe(false);
    for (const id of ['USA', 'CHN', 'AUS', 'PRT', 'FIN']) expect(w.onImage(id), id).toBe(true);
  });

  it('keeps the legend with the world counts the page shows, the date and the source line', () => {
    expect(legend(europe.svg)).toBe(legend(world.svg));
    expect(legend(europe.svg)).toContain('data-status="none"');
    expect(europe.svg).toContain('as of 15 July 2020</text>');
    expect(europe.svg).toMatch(/>Source: ChannelE2E and \d+ other outlets, latest update [^<]+<\/text>/);
    expect(europe.height).toBe(world.height);
  });

  it('draws the small states of the frame that need a dot at its scale, and none outside it', () => {
    // Malta is a speck on the world map and on Europe's; Bahrain is off Europe's frame.
    expect(world.svg).toContain('id="dot-BHR"');
    expect(europe.svg).not.toContain('id="dot-BHR"');
    expect(index.statusesAt(day).has('MLT')).toBe(true);
    expect(europe.svg).toContain('id="dot-MLT"');
  });
});

function luminance(hex: string) {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('mapToSvg in the dark theme', () => {
  const { svg } = mapToSvg({ geometry, index, day, formatDay, theme: 'dark', region: 'europe' });
  const dark = STATUS_STYLES.dark;
  const background = /<rect width="100%" height="100%" fill="(#[\da-f]{6})"\/>/.exec(svg)?.[1];

  it('has a dark page and the dark palette, on the map, in the hatches and in the legend', () => {
    expect(background).toBe('#121418');
    expect(index.statusAt('DEU', day)).toBe('permitted');
    expect(svg).toMatch(new RegExp(`<path id="country-DEU" d="[^"]+" fill="${dark.permitted.fill}"`));
    expect(svg).toMatch(/<path id="country-GBR" d="[^"]+" fill="url\(#map-banned\)"/);
    expect(svg).toMatch(new RegExp(`<pattern id="map-banned"[^>]*><rect [^>]*fill="${dark.banned.fill}"/>`));
    for (const status of STATUS_OR_NONE)
      if (!dark[status].pattern)
        expect(svg).toMatch(new RegExp(`data-status="${status}">\\s*<rect [^>]*fill="${dark[status].fill}"`));
    // No fill of the light palette is left.
    for (const status of STATUS_OR_NONE) expect(svg).not.toContain(`"${STATUS_STYLES.light[status].fill}"`);
  });

  it('keeps every text legible: AA contrast on the dark page', () => {
    const fills = new Set([...svg.matchAll(/<text [^>]*fill="(#[\da-f]{6})"/g)].map((m) => m[1]!));
    expect(fills.size).toBeGreaterThanOrEqual(2);
    for (const fill of fills) expect(contrast(fill, background!), fill).toBeGreaterThanOrEqual(4.5);
  });
});
