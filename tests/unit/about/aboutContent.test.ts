import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { validateDataset } from '../../../src/data/validateDataset';
import { errata, faqEntries, readerCommentCount } from '../../../src/features/about/aboutContent';

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
    expect(readerCommentCount(index)).toBe(1);
  });
});
