import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/data/countries.generated';
import type { Entity } from '../../../src/data/schema';
import { searchCandidates } from '../../../src/features/search/searchCandidates';
import {
  foldForSearch,
  prepareCandidates,
  searchEntities,
  type SearchCandidate,
} from '../../../src/features/search/searchEntities';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../../src/data/validateDataset';

const entities: Entity[] = [
  { id: 'NLD', kind: 'country', name: 'Netherlands', aliases: ['Holland', 'The Netherlands'] },
  { id: 'GBR', kind: 'country', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain'] },
  { id: 'deutsche-telekom', kind: 'company', name: 'Deutsche Telekom', country: 'DEU' },
  { id: 'EU', kind: 'bloc', name: 'European Union', members: ['NLD'], aliases: ['EU'] },
];
const prepared = prepareCandidates(searchCandidates(entities, COUNTRIES));
const ids = (query: string) => searchEntities(prepared, query).map((r) => r.candidate.id);

describe('foldForSearch', () => {
  it('ignores case, accents and dots', () => {
    expect(foldForSearch('Côte d’Ivoire')).toBe('cote divoire');
    expect(foldForSearch('U.K.')).toBe('uk');
    expect(foldForSearch('  São Tomé and Príncipe ')).toBe('sao tome and principe');
    expect(foldForSearch('Türkiye')).toBe('turkiye');
  });
});

describe('searchEntities', () => {
  it('finds dataset aliases', () => {
    expect(ids('holland')[0]).toBe('NLD');
    expect(ids('UK')[0]).toBe('GBR');
    expect(ids('u.k.')[0]).toBe('GBR');
    expect(ids('britain')[0]).toBe('GBR');
  });

  it('puts an exact alias before a name that merely starts with the query', () => {
    // "uk" is the United Kingdom's alias and the start of "Ukraine".
    expect(ids('uk').slice(0, 2)).toEqual(['GBR', 'UKR']);
  });

  it('puts the whole name first, then prefixes, then later words', () => {
    expect(ids('guinea').slice(0, 4)).toEqual(['GIN', 'GNB', 'GNQ', 'PNG']);
    // Germany starts with "ger"; Niger only contains it.
    const ger = ids('ger');
    expect(ger[0]).toBe('DEU');
    expect(ger).toContain('NER');
  });

  it('ignores accents in both directions', () => {
    expect(ids('cote divoire')[0]).toBe('CIV');
    expect(ids('Côte')[0]).toBe('CIV');
    expect(ids('turkiye')[0]).toBe('TUR');
  });

  it('knows common alternates of countries outside the dataset', () => {
    expect(ids('ivory coast')[0]).toBe('CIV');
    expect(ids('burma')[0]).toBe('MMR');
    expect(ids('north korea')[0]).toBe('PRK');
    expect(ids('south korea')[0]).toBe('KOR');
    expect(ids('turkey')[0]).toBe('TUR');
  });

  it('reports which alternate matched, and nothing when the name did', () => {
    const [holland] = searchEntities(prepared, 'holl');
    expect(holland?.matched).toBe('Holland');
    const [netherlands] = searchEntities(prepared, 'nether');
    expect(netherlands?.matched).toBeNull();
  });

  it('finds companies and blocs', () => {
    expect(ids('telekom')[0]).toBe('deutsche-telekom');
    expect(ids('eu')[0]).toBe('EU');
  });

  it('lists every candidate once and respects the limit', () => {
    const all = searchEntities(prepared, 'a', 1000).map((r) => r.candidate.id);
    expect(new Set(all).size).toBe(all.length);
    expect(searchEntities(prepared, 'a', 5)).toHaveLength(5);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('  ...  ')).toEqual([]);
  });

  it('breaks ties in favour of entities with data, then alphabetically', () => {
    const candidates: SearchCandidate[] = [
      { id: 'B', name: 'Beta', kind: 'country', alternates: [], inDataset: false },
      { id: 'C', name: 'Bcd', kind: 'country', alternates: [], inDataset: true },
      { id: 'A', name: 'Bab', kind: 'country', alternates: [], inDataset: false },
    ];
    expect(searchEntities(prepareCandidates(candidates), 'b').map((r) => r.candidate.id)).toEqual([
      'C',
      'A',
      'B',
    ]);
  });
});

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
  });
});
