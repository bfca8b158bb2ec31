import { describe, expect, it } from 'vitest';
import { datasetFromCsv, updatesFromCsv } from '../../../src/data/updatesFromCsv';
import { fixtureCsv, fixtureStory, HEADER, TODAY } from './helpers';

const story = fixtureStory();
const run = (rows: string[], header = HEADER) =>
  updatesFromCsv([header, ...rows].join('\n') + '\n', story, { today: TODAY });
const errorsOf = (rows: string[], header?: string) => {
  const r = run(rows, header);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
const URL_ = 'https://example.org/a';

describe('updatesFromCsv: rows to updates', () => {
  it('imports the fixture: names, aliases and codes to ids, one update per entity+date+text+status', () => {
    const r = datasetFromCsv(fixtureCsv(), story, { today: TODAY });
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const { dataset } = r;
    expect(dataset.schemaVersion).toBe(3);
    expect(dataset.story).toEqual(story.story);
    expect(dataset.updates).toHaveLength(24);
    const uk = dataset.updates.find((u) => u.id === 'gbr-2020-02-10')!;
    expect(uk).toMatchObject({ entity: 'GBR', status: { GBR: 'banned' }, provenance: 'report' });
    expect(uk.sources.map((s) => s.name)).toEqual(['Imaginary Herald', 'Invented Wire']);
    expect(uk.note).toBe('Two outlets report the same decision.');
    expect(uk.text).toContain('"unclear data flows"');
    expect(dataset.updates.find((u) => u.date === '2021')!.entity).toBe('TUR');
    expect(dataset.updates.find((u) => u.date === '2020-06')!.entity).toBe('NLD');
    const fra = dataset.updates.find((u) => u.id === 'fra-2021-01-20')!;
    expect(fra.status).toBeUndefined();
    expect(fra.text).toContain('\n');
    expect(fra.sources[0]).toEqual({ name: 'The Fictional Times', date: 'January 20, 2021' });
    // Countries by id with their map names, then story.json's extras; the company's country too.
    expect(dataset.entities.map((e) => e.id)).toEqual([
      ...[
        'AUS',
        'BRA',
        'CAN',
        'DEU',
        'FRA',
        'GBR',
        'IND',
        'ISL',
        'JPN',
        'KEN',
        'KOR',
        'NLD',
        'NZL',
        'TUR',
        'USA',
      ],
      'glowberry-labs',
    ]);
    expect(dataset.entities.find((e) => e.id === 'TUR')).toEqual({
      id: 'TUR',
      kind: 'country',
      name: 'Türkiye',
    });
    expect(dataset.updatedAt).toBe('2025-06-30');
    expect(dataset.description).toMatch(/FICTIONAL/);
  });

  it('groups rows of one update into its sources, in row order; a different status is another update', () => {
    const r = run([
      `USA,2020-01-01,banned,Banned.,A,,${URL_},`,
      `United States,2020-01-01,Banned,Banned.,B,Jan 2,https://example.org/b,A note.`,
      `usa,2020-01-01,,Banned.,C,,,`,
    ]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.updates).toEqual([
      {
        id: 'usa-2020-01-01',
        entity: 'USA',
        date: '2020-01-01',
        text: 'Banned.',
        sources: [
          { name: 'A', url: URL_ },
          { name: 'B', date: 'Jan 2', url: 'https://example.org/b' },
        ],
        status: { USA: 'banned' },
        note: 'A note.',
        provenance: 'report',
      },
      {
        id: 'usa-2020-01-01-2',
        entity: 'USA',
        date: '2020-01-01',
        text: 'Banned.',
        sources: [{ name: 'C' }],
        provenance: 'report',
      },
    ]);
  });

  it('reads semicolon-separated files with a BOM and CRLF, columns in any order and case', () => {
    const csv = '\uFEFFText;Entity;Date;Source\r\n"Paris; then Lyon";France;2020;Le Monde\r\n;;;\r\n';
    const r = updatesFromCsv(csv, story, { today: TODAY });
    expect(r.ok && r.updates.map((u) => [u.entity, u.text])).toEqual([['FRA', 'Paris; then Lyon']]);
  });

  it('takes a company of story.json by id or name, and strips the formula guard of exports', () => {
    const r = run([`Glowberry Labs,2020,,'-Launch.,A,,,`, `GLOWBERRY-LABS,2021,,'=Sum,A,,,`]);
    expect(r.ok && r.updates.map((u) => [u.entity, u.text])).toEqual([
      ['glowberry-labs', '-Launch.'],
      ['glowberry-labs', '=Sum'],
    ]);
  });
});

describe('updatesFromCsv: errors name the row and column and suggest a fix', () => {
  it('entity: not a country, with a suggestion', () => {
    expect(errorsOf([`Untied States,2020,,T,S,,,`])).toEqual([
      "row 2, entity: 'Untied States' is not a country — did you mean United States?",
    ]);
    expect(errorsOf([`Zzqxv,2020,,T,S,,,`])[0]).toBe(
      "row 2, entity: 'Zzqxv' is not a country — use its ISO alpha-3 code or name, or add it to story.json's entities",
    );
  });
  it('date: not a real date, or in the future', () => {
    expect(errorsOf([`FRA,2020-01-01,,T,S,,,`, `FRA,2021-13-01,,T,S,,,`, `FRA,2021-02-29,,T,S,,,`])).toEqual([
      "row 3, date: '2021-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
      "row 4, date: '2021-02-29' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
    ]);
    expect(errorsOf([`FRA,15/01/2020,,T,S,,,`])[0]).toMatch(/^row 2, date: '15\/01\/2020' is not a date/);
    expect(errorsOf([`FRA,2027,,T,S,,,`])).toEqual(["row 2, date: '2027' is in the future"]);
  });
  it('status: not one of the story’s, with a suggestion; labels and any case are fine', () => {
    expect(errorsOf([`FRA,2020,bannned,T,S,,${URL_},`])).toEqual([
      "row 2, status: 'bannned' is not one of banned, limited, allowed — did you mean banned?",
    ]);
    expect(errorsOf([`FRA,2020,restricted,T,S,,${URL_},`])[0]).toBe(
      "row 2, status: 'restricted' is not one of banned, limited, allowed — or leave it empty for context only",
    );
    expect(run([`FRA,2020,LIMITED,T,S,,${URL_},`]).ok).toBe(true);
  });
  it('required cells, URLs, and a status without a URL', () => {
    expect(errorsOf([`,,,,,,ftp://x.org/,`])).toEqual([
      'row 2, entity: is empty — give an ISO alpha-3 code or a country name',
      'row 2, date: is empty — give YYYY-MM-DD, YYYY-MM or YYYY',
      'row 2, text: is empty — every update needs its text',
      'row 2, source: is empty — name the outlet (its address goes in url)',
      "row 2, url: 'ftp://x.org/' is not an http(s) URL (it must start with https:// or http://)",
    ]);
    expect(errorsOf([`FRA,2020,,T,S,,www.example.org/a,`])).toEqual([
      "row 2, url: 'www.example.org/a' is not an http(s) URL — did you mean https://www.example.org/a?",
    ]);
    expect(errorsOf([`FRA,2020,banned,T,S,,,`])[0]).toMatch(
      /^row 2, url: is empty — a row that sets a status needs its source's http\(s\) URL/,
    );
  });
  it('too many cells: an unquoted delimiter', () => {
    expect(errorsOf([`FRA,2020,,Paris, then Lyon,S,,,`])).toEqual([
      'row 2: has 9 cells but the header has 8 — put double quotes around a field that contains a comma',
    ]);
  });
  it('notes that disagree within one update', () => {
    expect(errorsOf([`FRA,2020,,T,A,,,One.`, `FRA,2020,,T,B,,,Two.`])).toEqual([
      "row 3, note: differs from row 2's note for the same update — give it once or the same on each row",
    ]);
  });
  it('header: unknown, doubled and missing columns', () => {
    expect(errorsOf([], 'entity,date,sorce,txt,date,colour')).toEqual([
      "row 1, column 3: 'sorce' is not a column — did you mean source? the columns are entity,date,status,text,source,source_date,url,note",
      "row 1, column 4: 'txt' is not a column — did you mean text? the columns are entity,date,status,text,source,source_date,url,note",
      "row 1, column 5: 'date' is there twice — keep one",
      "row 1, column 6: 'colour' is not a column — the columns are entity,date,status,text,source,source_date,url,note",
      "row 1: the column 'text' is missing — the header must be entity,date,status,text,source,source_date,url,note",
      "row 1: the column 'source' is missing — the header must be entity,date,status,text,source,source_date,url,note",
    ]);
    expect(errorsOf([], '')).toEqual([
      'row 1: the header is missing — the first row must be entity,date,status,text,source,source_date,url,note',
    ]);
    expect(errorsOf([])).toEqual(['row 2: there are no updates below the header']);
  });
  it('an unclosed quote, named by the row where it opened', () => {
    expect(errorsOf([`FRA,2020,,T,S,,,`, `FRA,2021,,"It never`, `closes,S,,,`, `FRA,2022,,T,S,,,`])).toEqual([
      'row 3, text: a quote opens here and never closes — end the field with " (a quote inside a quoted field is written "")',
    ]);
  });
  it('collects every error, up to 50, and counts the rest', () => {
    const errors = errorsOf(Array.from({ length: 60 }, () => `Atlantis,2020,,T,S,,,`));
    expect(errors).toHaveLength(51);
    expect(errors[0]).toMatch(/^row 2, entity: 'Atlantis'/);
    expect(errors[50]).toBe('… and 10 more errors');
  });
});
