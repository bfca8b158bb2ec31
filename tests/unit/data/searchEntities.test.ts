import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/data/countries.generated';
import type { Entity } from '../../../src/data/schema';
import { searchCandidates } from '../../../src/data/searchCandidates';
import { prepareCandidates, searchEntities, type SearchCandidate } from '../../../src/data/searchEntities';

const entities: Entity[] = [
  { id: 'NLD', kind: 'country', name: 'Netherlands', aliases: ['Holland', 'The Netherlands'] },
  { id: 'GBR', kind: 'country', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain'] },
  { id: 'deutsche-telekom', kind: 'company', name: 'Deutsche Telekom', country: 'DEU' },
  { id: 'EU', kind: 'bloc', name: 'European Union', members: ['NLD'], aliases: ['EU'] },
];
const prepared = prepareCandidates(searchCandidates(entities, COUNTRIES));
const ids = (query: string) => searchEntities(prepared, query).map((r) => r.candidate.id);

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

describe('searchEntities, past a typo', () => {
  const found = (query: string) =>
    searchEntities(prepared, query).map((r) => `${r.candidate.id}${r.fuzzy ? '~' : ''}`);

  it('finds names within an edit or two, swapped letters counting as one', () => {
    expect(found('Swedan')[0]).toBe('SWE~');
    expect(found('Untied States')).toEqual(['USA~']);
    expect(found('Germny')).toEqual(['DEU~']);
    expect(found('Itlay')).toEqual(['ITA~']);
  });

  it('matches the start of a name or of a later word, and alternates', () => {
    // "untied" is one swap from the first word of three names.
    expect(found('untied').sort()).toEqual(['ARE~', 'GBR~', 'USA~']);
    expect(found('kogn')).toContain('HKG~');
    const [holland] = searchEntities(prepared, 'Hollnd');
    expect(holland).toMatchObject({ candidate: { id: 'NLD' }, matched: 'Holland', fuzzy: true });
  });

  it('ranks fewer edits first', () => {
    // Sweden is one edit away; Sudan and South Sudan two.
    expect(found('Swedan')).toEqual(['SWE~', 'SSD~', 'SDN~']);
  });

  it('tries typos only when nothing matches as typed', () => {
    expect(found('Swede')).toEqual(['SWE']);
    // "chin" is one edit from Chile, but China starts with it.
    expect(found('chin')).toEqual(['CHN', 'TWN']);
    expect(found('stan').every((id) => !id.endsWith('~'))).toBe(true);
  });

  it('allows one edit up to five letters and none below four', () => {
    expect(found('japn')).toEqual(['JPN~']);
    expect(found('jpn')).toEqual(['JPN']); // the ISO code, as typed
    expect(found('swd')).toEqual([]);
    expect(found('xq')).toEqual([]);
    expect(found('ma').every((id) => !id.endsWith('~'))).toBe(true);
    expect(found('grmny')).toEqual([]); // two edits: too many for five letters
  });

  it('does not count a name cut short by dropping the query’s last letters', () => {
    // "frnace" less its "rn" would be the start of many a name.
    expect(found('Frnace')).toEqual(['FRA~']);
    expect(found('qqqq')).toEqual([]);
  });
});
