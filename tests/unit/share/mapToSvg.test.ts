import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate, type DatePrecision, type DayNumber } from '../../../src/data/dates';
import type { Dataset } from '../../../src/data/schema';
import type { Status } from '../../../src/data/status';
import { STATUSES, STATUS_STYLES } from '../../huaweiScale';
import { COUNTRIES } from '../../../src/data/countries.generated';
import { validateDataset } from '../../../src/data/validateDataset';
import { formatDate } from '../../../src/shared/text/formatDate';
import { countsOn } from '../../statusesFromFile';
import { buildGeometry } from '../../../src/shared/geometry/buildGeometry';
import { parseWorldText } from '../../../src/shared/load/loadWorld';
import { mapToSvg } from '../../../src/features/share/mapToSvg';
import { escapeXml } from '../../../src/shared/util/escapeXml';

const geometry = buildGeometry(parseWorldText(readFileSync('public/data/world.json', 'utf8')));
const loaded = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
if (!loaded.ok) throw new Error('the bundled dataset must be valid');
const index = createIndex(loaded.dataset);
const dayOf = (date: string) => parseDate(date)!.day;
// Dates as the page (lang en-GB) writes them, whatever the machine's locale.
const formatDay = (day: DayNumber, precision?: DatePrecision) => formatDate(day, precision, 'long');

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);/y;
const NAME = /[A-Za-z_:][\w:.-]*/.source;
const OPEN = new RegExp(`^<(${NAME})((?:\\s+${NAME}="[^"<]*")*)\\s*(/?)>$`);
const CLOSE = new RegExp(`^</(${NAME})\\s*>$`);

/**
 * A strict well-formedness check for the subset of XML the exporter writes (elements,
 * double-quoted attributes, text; no comments, CDATA or processing instructions): one root,
 * balanced tags, no duplicate attribute, and every `&` an entity. Returns the problems found.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const checkAmpersands = (text: string, where: string) => {
    for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
      ENTITY.lastIndex = i;
      if (!ENTITY.test(text)) problems.push(`bare & in ${where}: …${text.slice(i, i + 20)}`);
    }
  };
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? undefined : lt);
    if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${text.slice(0, 20)}`);
    checkAmpersands(text, 'text');
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) {
      problems.push('unterminated tag');
      break;
    }
    const tag = xml.slice(lt, gt + 1);
    const close = CLOSE.exec(tag);
    const open = OPEN.exec(tag);
    if (close) {
      const top = stack.pop();
      if (top !== close[1]) problems.push(`</${close[1]}> closes <${top}>`);
    } else if (open) {
      if (stack.length === 0) roots++;
      const names = [...open[2]!.matchAll(new RegExp(`(${NAME})="`, 'g'))].map((m) => m[1]);
      if (new Set(names).size !== names.length) problems.push(`duplicate attribute in ${tag.slice(0, 40)}`);
      checkAmpersands(open[2]!, `attributes of <${open[1]}>`);
      if (!open[3]) stack.push(open[1]!);
    } else problems.push(`malformed tag: ${tag.slice(0, 60)}`);
    i = gt + 1;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The markup of the element that starts with `start` (first match), up to its closing tag. */
function element(svg: string, start: string, tag: string): string {
  const from = svg.indexOf(start);
  expect(from, start).toBeGreaterThanOrEqual(0);
  return svg.slice(from, svg.indexOf(`</${tag}>`, from) + tag.length + 3);
}

describe('the well-formedness check', () => {
  it('catches what a parser would reject', () => {
    expect(xmlProblems('<a x="1"><b/></a>')).toEqual([]);
    for (const bad of ['<a><b></a>', '<a>x & y</a>', '<a x="<"/>', '<a x="1" x="2"/>', '<a/><b/>', '<a>'])
      expect(xmlProblems(bad), bad).not.toEqual([]);
  });
});

describe('mapToSvg on the bundled world and dataset', () => {
  const day = dayOf('2020-07-15');
  const { svg, width, height } = mapToSvg({ geometry, index, day, formatDay });

  it('is a well-formed, sized SVG document', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="\d+"/);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(600);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
  });

  it('draws one path per country, filled by its status on the day, hatched where banned', () => {
    const paths = [...svg.matchAll(/<path id="country-([^"]+)" d="[^"]+" fill="([^"]+)"\/>/g)];
    expect(paths.map((m) => m[1])).toEqual(geometry.countries.map((c) => c.id));
    const fill = new Map(paths.map((m) => [m[1], m[2]]));
    const light = STATUS_STYLES.light;
    expect(fill.get('GBR')).toBe('url(#map-banned)');
    expect(fill.get('CAN')).toBe(light.debating.fill);
    expect(fill.get('MNG')).toBe(light.none.fill);
    // Both hatches exist, for the map (scaled) and for the legend.
    for (const id of ['map-banned', 'key-banned', 'map-restricted', 'key-restricted'])
      expect(svg).toContain(`<pattern id="${id}"`);
  });

  it('marks small states with a status as dots, and leaves those without data out', () => {
    expect(svg).toMatch(new RegExp(`<circle id="dot-BHR" [^>]*fill="${STATUS_STYLES.light.permitted.fill}"`));
    expect(index.statusesAt(day).has('AND')).toBe(false);
    expect(svg).not.toContain('id="dot-AND"');
  });

  it('carries the title, the date and the source line', () => {
    expect(svg).toContain('>Where is Huawei banned?</text>');
    expect(svg).toContain('as of 15 July 2020</text>');
    const latest = parseDate(index.dataset.updatedAt)!;
    const outlets = new Set(
      index.dataset.updates
        .filter((u) => u.provenance === 'report')
        .flatMap((u) => u.sources.map((s) => s.name)),
    );
    const m =
      /Source: ChannelE2E and (\d+) other outlets, latest update ([^.]+)\. Compiled and corrected by the Huawei ban map\./.exec(
        svg,
      );
    expect(m?.[2]).toBe(formatDate(latest.day, latest.precision));
    // Outlets named with a qualifier ("Reuters (via …)") count once.
    expect(Number(m?.[1])).toBeGreaterThan(1);
    expect(Number(m?.[1])).toBeLessThanOrEqual(outlets.size);
  });

  it('has a legend entry per status with the count statusesAt gives, and no data last', () => {
    const expected: Record<Status, number> = { banned: 0, restricted: 0, debating: 0, permitted: 0 };
    let withStatus = 0;
    for (const [id, status] of index.statusesAt(day))
      if (index.entities.get(id)?.kind === 'country') {
        expected[status] = (expected[status] ?? 0) + 1;
        if (id in COUNTRIES) withStatus++;
      }
    expect(expected).toEqual(countsOn('2020-07-15'));
    const entries = [...svg.matchAll(/<g class="legend-entry" data-status="(\w+)">/g)].map((m) => m[1]);
    expect(entries).toEqual([...STATUSES, 'none']);
    const label = {
      banned: 'Banned',
      restricted: 'Restricted',
      debating: 'Debating',
      permitted: 'Permitted',
    };
    const countText = (n: number) => (n === 1 ? '1 country' : `${n} countries`);
    for (const status of STATUSES) {
      const entry = element(svg, `data-status="${status}"`, 'g');
      expect(entry).toContain(`>${label[status]}</text>`);
      expect(entry).toContain(`>${countText(expected[status] ?? 0)}</text>`);
    }
    const none = element(svg, 'data-status="none"', 'g');
    expect(none).toContain('>No data</text>');
    expect(none).toContain(`>${countText(Object.keys(COUNTRIES).length - withStatus)}</text>`);
  });

  it('follows the dark theme when asked', () => {
    const dark = mapToSvg({ geometry, index, day, formatDay, theme: 'dark' }).svg;
    expect(dark).toContain('<rect width="100%" height="100%" fill="#121418"/>');
    expect(dark).toMatch(
      new RegExp(`<path id="country-CAN" d="[^"]+" fill="${STATUS_STYLES.dark.debating.fill}"`),
    );
  });

  it('is the same file for the same input', () => {
    expect(mapToSvg({ geometry, index, day, formatDay }).svg).toBe(svg);
  });
});

describe('mapToSvg with a hostile dataset', () => {
  const evil = `<script>alert("x")</script> & 'Co' \u0001]]>`;
  const dataset: Dataset = {
    schemaVersion: 1,
    title: evil,
    description: evil,
    updatedAt: '2021-03-01',
    source: { title: evil, publisher: evil },
    entities: [{ id: 'GBR', kind: 'country', name: evil }],
    updates: [
      {
        id: 'x',
        entity: 'GBR',
        date: '2021-01-01',
        text: evil,
        sources: [{ name: evil }],
        status: { GBR: 'banned' },
        provenance: 'article',
      },
    ],
  };
  const { svg } = mapToSvg({ geometry, index: createIndex(dataset), day: dayOf('2021-06-01'), formatDay });

  it('escapes every text from the data and stays well-formed', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('\u0001');
    expect(svg).toContain(
      'Source: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos; ]]&gt;, updated 1 March 2021.',
    );
    expect(svg).toContain('<path id="country-GBR" d="');
    expect(element(svg, 'data-status="banned"', 'g')).toContain('>1 country</text>');
  });

  it('escapes for elements and attributes alike', () => {
    expect(escapeXml(`a<b>"c"&'d'`)).toBe('a&lt;b&gt;&quot;c&quot;&amp;&apos;d&apos;');
    // Characters XML cannot carry at all are dropped; surrogate pairs (emoji) survive.
    expect(escapeXml('a\u0000b\u001Fc\uD800d\uFFFEe😀')).toBe('abcde😀');
    expect(escapeXml('tab\tnew\nline')).toBe('tab\tnew\nline');
  });
});
