import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/data/countries.generated';
import type { Entity } from '../../../src/data/schema';
import { searchCandidates } from '../../../src/data/searchCandidates';
import { prepareCandidates, searchEntities } from '../../../src/data/searchEntities';
import { validateDataset } from '../../../src/data/validateDataset';

function realEntities(): readonly Entity[] {
  const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  return result.dataset.entities;
}

describe('searchCandidates', () => {
  it('covers every drawable country and every dataset entity exactly once', () => {
    const real = realEntities();
    const candidates = searchCandidates(real, COUNTRIES);
    const candidateIds = candidates.map((c) => c.id);
    expect(new Set(candidateIds).size).toBe(candidateIds.length);
    for (const id of Object.keys(COUNTRIES)) expect(candidateIds).toContain(id);
    for (const e of real) expect(candidateIds).toContain(e.id);
    const listed = new Set(real.map((e) => e.id));
    const unlisted = Object.keys(COUNTRIES).find((id) => !listed.has(id))!;
    expect(candidates.find((c) => c.id === unlisted)?.inDataset).toBe(false);
    expect(candidates.find((c) => c.id === 'CAN')?.inDataset).toBe(true);
  });

  it('finds the aliases the real dataset gives', () => {
    const real = prepareCandidates(searchCandidates(realEntities(), COUNTRIES));
    const first = (q: string) => searchEntities(real, q)[0]?.candidate.id;
    expect(first('UK')).toBe('GBR');
    expect(first('Britain')).toBe('GBR');
    expect(first('USA')).toBe('USA');
    expect(first('Czechia')).toBe('CZE');
    expect(first('Holland')).toBe('NLD');
    for (const name of ['Türkiye', 'turkiye', 'Turkey']) expect(first(name)).toBe('TUR');
    // Typos reach the dataset's names too.
    expect(first('Swedan')).toBe('SWE');
    expect(first('Untied States')).toBe('USA');
    expect(first('Germny')).toBe('DEU');
  });
});
