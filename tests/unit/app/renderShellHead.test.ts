// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderShellHead } from '../../../src/app/renderShellHead';
import { putShellHead } from '../../../scripts/lib/putShellHead';
import { countStatuses } from '../../../src/data/countStatuses';
import { formatDate } from '../../../src/shared/text/formatDate';
import { createIndex } from '../../../src/data/createIndex';
import { validateDataset } from '../../../src/data/validateDataset';
import { DEFAULT_STORY } from '../../../src/data/defaultStory';

const DATASET = readFileSync('public/data/huawei-5g.json', 'utf8');
const INDEX_HTML = readFileSync('index.html', 'utf8');

// jsdom for its HTML parser only: a scraper reads the page's markup and runs none of it.
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The built page's head, as a browser or a link preview's scraper parses it. */
function builtHead(dataset = DATASET): Document {
  return parse(putShellHead(INDEX_HTML, renderShellHead(dataset)));
}
const meta = (doc: Document, key: string) =>
  [...doc.head.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)].map((m) =>
    m.getAttribute('content'),
  );

describe('the prerendered head (renderShellHead into index.html)', () => {
  it('has one title and one description, and the tags a shared link unfurls from', () => {
    const doc = builtHead();
    expect(doc.head.querySelectorAll('title')).toHaveLength(1);
    expect(doc.title).toBe('Where is Huawei banned? Huawei 5G status by country');
    expect(meta(doc, 'description')).toHaveLength(1);
    expect(meta(doc, 'og:title')).toEqual([doc.title]);
    expect(meta(doc, 'og:description')).toEqual(meta(doc, 'description'));
    expect(meta(doc, 'og:type')).toEqual(['website']);
    expect(meta(doc, 'og:locale')).toEqual(['en_GB']);
    expect(meta(doc, 'twitter:card')).toEqual(['summary']);
    // No image or URL: both would have to be absolute, and the site is hosted anywhere.
    expect(meta(doc, 'og:image')).toEqual([]);
    expect(meta(doc, 'og:url')).toEqual([]);
    expect(doc.head.innerHTML).not.toMatch(/https?:\/\//);
  });

  it('describes the latest update’s map with the legend’s counts, from the dataset', () => {
    const result = validateDataset(JSON.parse(DATASET));
    if (!result.ok) throw new Error('the bundled dataset is invalid');
    const index = createIndex(result.dataset);
    const last = index.timeline[index.timeline.length - 1]!;
    const counts = countStatuses(index, index.statusesAt(last.day));
    const [description] = meta(builtHead(), 'description');
    expect(description).toBe(
      `Huawei in 5G networks as of ${formatDate(last.day, last.precision)}: ` +
        `banned in ${counts.banned} countries, restricted in ${counts.restricted}, ` +
        `debated in ${counts.debating}, permitted in ${counts.permitted}. ` +
        `Every reported decision since 2018, country by country, each dated and linked to its source.`,
    );
  });

  it('leaves out statuses no country has, and says country for one', () => {
    const story = {
      schemaVersion: 2,
      title: 'A story',
      description: 'A test story.',
      updatedAt: '2021-03',
      entities: [{ id: 'FRA', kind: 'country', name: 'France' }],
      updates: [
        {
          id: 'fra',
          entity: 'FRA',
          date: '2021-03',
          text: 'Restricted.',
          provenance: 'report',
          sources: [{ name: 'Le Monde', url: 'https://example.org/' }],
          status: { FRA: 'restricted' },
        },
      ],
    };
    const [description] = meta(builtHead(JSON.stringify(story)), 'description');
    expect(description).toBe(
      'Huawei in 5G networks as of March 2021: restricted in 1 country. Every reported decision since 2021, country by country, each dated and linked to its source.',
    );
  });

  it('keeps the title index.html has for the dev server, the one the app writes for the plain view', () => {
    expect(parse(INDEX_HTML).title).toBe(DEFAULT_STORY.pageTitle);
  });

  it('refuses an index.html it cannot place the head in', () => {
    expect(() => putShellHead('<html><head></head><body></body></html>', '<title>x</title>')).toThrow(
      /no <title>/,
    );
  });
});
