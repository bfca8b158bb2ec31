import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { countStatuses } from '../../../src/data/countStatuses';
import { COUNTRIES } from '../../../src/data/countries.generated';
import { parseDate } from '../../../src/data/dates';
import type { Dataset } from '../../../src/data/schema';
import { STATUS_OR_NONE } from '../../huaweiScale';
import { NO_DATA, STATUS_CSV_COLUMNS, toStatusCsv } from '../../../src/data/toStatusCsv';
import { validateDataset } from '../../../src/data/validateDataset';
import { countryStatusesOn, datasetFile } from '../../statusesFromFile';

const loaded = validateDataset(datasetFile);
if (!loaded.ok) throw new Error('the bundled dataset must be valid');
const index = createIndex(loaded.dataset);
const dayOf = (date: string) => parseDate(date)!.day;

/** The CSV as records by column name (the bundled data has no quoted cells to split on). */
function records(csv: string) {
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe(STATUS_CSV_COLUMNS.join(','));
  return rows.map((row) => {
    const cells = row.split(',');
    expect(cells, row).toHaveLength(STATUS_CSV_COLUMNS.length);
    return Object.fromEntries(STATUS_CSV_COLUMNS.map((c, i) => [c, cells[i]!])) as Record<
      (typeof STATUS_CSV_COLUMNS)[number],
      string
    >;
  });
}

describe('toStatusCsv on the bundled dataset', () => {
  const date = '2020-07-15';
  const rows = records(toStatusCsv(index, dayOf(date)));
  const byId = new Map(rows.map((r) => [r.iso3, r]));

  it('has one row per country the map draws, by ISO code, all on the day asked', () => {
    expect(rows.map((r) => r.iso3)).toEqual(Object.keys(COUNTRIES).sort());
    expect(new Set(rows.map((r) => r.as_of))).toEqual(new Set([date]));
    expect(byId.get('GBR')?.name).toBe('United Kingdom');
  });

  it('gives each country the status the file gives it on the day, read independently of the index', () => {
    const expected = countryStatusesOn(date);
    for (const r of rows) expect(r.status, r.iso3).toBe(expected.get(r.iso3) ?? NO_DATA);
    expect(byId.get('GBR')?.status).toBe('banned');
    expect(byId.get('CAN')?.status).toBe('debating');
    expect(byId.get('MNG')?.status).toBe(NO_DATA);
  });

  it('adds up to the legend’s counts', () => {
    const counts = countStatuses(index, index.statusesAt(dayOf(date)));
    for (const status of STATUS_OR_NONE) {
      const label = status === 'none' ? NO_DATA : status;
      expect(rows.filter((r) => r.status === label).length, status).toBe(counts[status]);
    }
  });

  it('dates the status’s current run at its precision, and the latest own update', () => {
    // The UK's ban dates from 14 July 2020; an update filed under China on the 15th keeps it.
    expect(byId.get('GBR')).toMatchObject({
      since: '2020-07-14',
      since_precision: 'day',
      latest_update: '2020-07-15',
    });
    // Canada has debated since "September 2018", a month.
    expect(byId.get('CAN')).toMatchObject({ since: '2018-09', since_precision: 'month' });
    expect(byId.get('MNG')).toMatchObject({
      since: '',
      since_precision: '',
      latest_update: '',
      updates: '0',
    });
    expect(records(toStatusCsv(index, dayOf('2020-07-13'))).find((r) => r.iso3 === 'GBR')?.status).toBe(
      'restricted',
    );
  });

  it('counts a country’s own updates up to the day, not its bloc’s', () => {
    const own = (id: string, upTo: string) =>
      index.updatesFor(id).filter((u) => u.day <= dayOf(upTo) && u.relation !== 'bloc').length;
    expect(Number(byId.get('DEU')?.updates)).toBe(own('DEU', date));
    // Germany's panel also lists the EU's updates: those are not Germany's.
    const all = index.updatesFor('DEU').filter((u) => u.day <= dayOf(date)).length;
    expect(Number(byId.get('DEU')?.updates)).toBeLessThan(all);
    expect(Number(byId.get('GBR')?.updates)).toBeGreaterThan(0);
  });
});

describe('toStatusCsv with a hostile name', () => {
  const dataset: Dataset = {
    schemaVersion: 2,
    title: 't',
    description: 'd',
    updatedAt: '2021-03-01',
    entities: [{ id: 'GBR', kind: 'country', name: '=HYPERLINK("x"), Ltd' }],
    updates: [
      {
        id: 'u',
        entity: 'GBR',
        date: '2021',
        text: 't',
        sources: [{ name: 's' }],
        status: { GBR: 'banned' },
        provenance: 'article',
      },
    ],
  };

  it('quotes and defuses it, and keeps the year as the year', () => {
    const csv = toStatusCsv(createIndex(dataset), dayOf('2021-06-01'));
    expect(csv).toContain('\r\nGBR,"\'=HYPERLINK(""x""), Ltd",2021-06-01,banned,2021,year,2021,1\r\n');
  });
});
