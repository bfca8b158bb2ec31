import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { validateDataset } from '../../../src/data/validateDataset';
import type { Update } from '../../../src/data/schema';
import {
  datasetFacts,
  errata,
  faqEntries,
  provenanceCounts,
  readerCommentCount,
} from '../../../src/features/about/aboutContent';

function realIndex() {
  const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  return createIndex(result.dataset);
}

describe('about content from the real dataset', () => {
  const index = realIndex();

  it('groups FAQ answers by question, questions in file order, answers by date', () => {
    const faq = faqEntries(index);
    expect(faq.map((f) => f.question)).toEqual([
      'What has Huawei said about the spying allegations?',
      'What allegations does Huawei face in terms of intellectual property (IP) and research and development (R&D)?',
      'Why has global discussion about Huawei’s alleged business practices intensified in recent months?',
    ]);
    expect(faq[0]!.answers.map((a) => a.update.id)).toEqual(['huawei-2019-01-15', 'huawei-2019-05-14']);
  });

  it('lists every correction once', () => {
    const all = index.dataset.updates.flatMap((u) => u.corrections ?? []);
    const listed = errata(index);
    expect(listed).toHaveLength(all.length);
    expect(listed.map((e) => e.item.update.id)).toContain('can-2022-05-19');
    expect(listed.map((e) => e.item.update.id)).toContain('nld-2020-10-15');
  });

  it('counts reader comments', () => {
    const comments = index.dataset.updates.filter((u) => u.provenance === 'reader-comment');
    expect(readerCommentCount(index)).toBe(comments.length);
  });

  it('counts every update under exactly one provenance', () => {
    const counts = provenanceCounts(index);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(index.dataset.updates.length);
    expect(counts.article).toBe(index.dataset.updates.filter((u) => u.provenance === 'article').length);
  });
});

const update = (
  id: string,
  date: string,
  sources: Update['sources'],
  extra: Partial<Update> = {},
): Update => ({
  id,
  entity: 'NOR',
  date,
  text: 't',
  provenance: 'report',
  sources,
  ...extra,
});

describe('datasetFacts', () => {
  const index = createIndex({
    schemaVersion: 2,
    title: 't',
    description: 'd',
    updatedAt: '2024',
    entities: [
      { id: 'NOR', kind: 'country', name: 'Norway' },
      { id: 'SWE', kind: 'country', name: 'Sweden' },
      { id: 'VAT', kind: 'country', name: 'Vatican City' },
      { id: 'telia', kind: 'company', name: 'Telia', country: 'SWE' },
    ],
    updates: [
      update('a', '2019-05', [{ name: 'Reuters' }, { name: 'NRK' }], { status: { NOR: 'debating' } }),
      update('b', '2021-02-03', [{ name: 'reuters ' }], { status: { telia: 'restricted' } }),
      update('c', '2024', [{ name: 'Bloomberg' }], { entity: 'SWE', provenance: 'article' }),
    ],
  });

  it('counts updates, years, countries with a status, entities and the outlets of its reports', () => {
    expect(datasetFacts(index)).toEqual({
      updates: 3,
      firstYear: 2019,
      lastYear: 2024,
      latest: { day: index.lastDay, precision: 'year' },
      // Telia has a status too, but it is a company.
      countriesWithStatus: 1,
      entities: 4,
      entitiesWithoutUpdates: 1,
      // Reuters and "reuters " are one outlet; Bloomberg is cited by the article, not a report.
      sources: 2,
    });
    expect(provenanceCounts(index)).toEqual({
      article: 1,
      'article-summary': 0,
      report: 2,
      'reader-comment': 0,
    });
  });
});
