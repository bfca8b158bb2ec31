import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate, formatDay, endOfPeriod } from '../../../src/data/dates';
import { validateDataset } from '../../../src/data/validateDataset';
import type { Dataset, Update } from '../../../src/data/schema';

const day = (s: string) => {
  const d = parseDate(s);
  if (!d) throw new Error(s);
  return d.day;
};

function dataset(updates: Partial<Update>[]): Dataset {
  return {
    schemaVersion: 1,
    title: 't',
    description: 'd',
    updatedAt: '2022-01-01',
    entities: [
      { id: 'CAN', kind: 'country', name: 'Canada' },
      { id: 'USA', kind: 'country', name: 'United States' },
      { id: 'FRA', kind: 'country', name: 'France' },
      { id: 'acme', kind: 'company', name: 'Acme', country: 'CAN' },
      { id: 'NA', kind: 'bloc', name: 'North America', members: ['CAN', 'USA'] },
    ],
    updates: updates.map((u, i) => ({
      id: `u${i}`,
      entity: 'CAN',
      date: '2020-01-01',
      text: 'x',
      sources: [{ name: 's' }],
      provenance: 'article',
      ...u,
    })),
  };
}

describe('dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parseDate('2019')).toEqual({ day: day('2019-01-01'), precision: 'year' });
    expect(parseDate('2019-02')).toEqual({ day: day('2019-02-01'), precision: 'month' });
    expect(parseDate('2019-02-03')?.precision).toBe('day');
    for (const bad of ['2019-02-30', '2019-00', '2019-13', '19-02-03', '2019-2-3', '', '2019-02-03T00:00'])
      expect(parseDate(bad)).toBeNull();
    expect(formatDay(day('2020-02-29'))).toBe('2020-02-29');
  });
  it('knows where a partial period ends', () => {
    expect(formatDay(endOfPeriod(parseDate('2020-02')!))).toBe('2020-02-29');
    expect(formatDay(endOfPeriod(parseDate('2018')!))).toBe('2018-12-31');
  });
});

describe('statusAt', () => {
  const index = createIndex(
    dataset([
      { date: '2019-02-01', status: { CAN: 'debating' } },
      { date: '2020-07-15', status: { CAN: 'restricted', USA: 'banned' } },
      { date: '2020-07-15', status: { CAN: 'banned' } }, // same day, later in the file: wins
      { date: '2021-05', entity: 'FRA', status: { FRA: 'permitted' } },
      { date: '2018', entity: 'USA', status: { USA: 'debating' } },
    ]),
  );

  it('is "none" before the first status-setting update and for unknown ids', () => {
    expect(index.statusAt('CAN', day('2019-01-31'))).toBe('none');
    expect(index.statusAt('MEX', day('2021-01-01'))).toBe('none');
  });
  it('counts an update dated on the day itself', () => {
    expect(index.statusAt('CAN', day('2019-02-01'))).toBe('debating');
    expect(index.statusAt('CAN', day('2020-07-14'))).toBe('debating');
  });
  it('lets the later of two updates on one day win', () => {
    expect(index.statusAt('CAN', day('2020-07-15'))).toBe('banned');
  });
  it('sets a status on an entity other than the heading', () => {
    expect(index.statusAt('USA', day('2020-07-15'))).toBe('banned');
  });
  it('counts month- and year-precision dates from the first day of their period', () => {
    expect(index.statusAt('FRA', day('2021-04-30'))).toBe('none');
    expect(index.statusAt('FRA', day('2021-05-01'))).toBe('permitted');
    expect(index.statusAt('USA', day('2018-01-01'))).toBe('debating');
    expect(index.statusAt('USA', day('2017-12-31'))).toBe('none');
  });
  it('gives all statuses on a date at once, leaving out entities without data', () => {
    expect(Object.fromEntries(index.statusesAt(day('2020-01-01')))).toEqual({
      CAN: 'debating',
      USA: 'debating',
    });
    expect(Object.fromEntries(index.statusesAt(day('2022-01-01')))).toEqual({
      CAN: 'banned',
      USA: 'banned',
      FRA: 'permitted',
    });
  });
  it('knows since when the current status holds', () => {
    expect(formatDay(index.currentTransition('CAN', day('2021-01-01'))!.since)).toBe('2020-07-15');
    expect(index.currentTransition('CAN', day('2000-01-01'))).toBeNull();
  });
  it('lists timeline events in order with the entities whose status they set', () => {
    expect(index.events.map((e) => formatDay(e.day))).toEqual([
      '2018-01-01',
      '2019-02-01',
      '2020-07-15',
      '2021-05-01',
    ]);
    expect(index.events[2]!.statusSet).toEqual(['CAN', 'USA']);
    expect(formatDay(index.firstDay)).toBe('2018-01-01');
    expect(formatDay(index.lastDay)).toBe('2021-05-01');
  });
});

describe('updatesFor', () => {
  const index = createIndex(
    dataset([
      { id: 'filed', entity: 'CAN', date: '2019-01-01' },
      { id: 'sets', entity: 'USA', date: '2019-02-01', status: { CAN: 'banned' } },
      { id: 'mentions', entity: 'FRA', date: '2019-03-01', mentions: ['CAN'] },
      { id: 'company', entity: 'acme', date: '2019-04-01' },
      { id: 'bloc', entity: 'NA', date: '2019-05-01' },
      { id: 'strongest', entity: 'CAN', date: '2019-06-01', mentions: ['CAN'], status: { CAN: 'banned' } },
    ]),
  );
  it('labels each related update by how it relates, in date order', () => {
    expect(index.updatesFor('CAN').map((r) => [r.update.id, r.relation])).toEqual([
      ['filed', 'filed'],
      ['sets', 'status'],
      ['mentions', 'mention'],
      ['company', 'company'],
      ['bloc', 'bloc'],
      ['strongest', 'filed'],
    ]);
  });
  it('gives a bloc member its bloc’s updates but not its neighbours’', () => {
    expect(index.updatesFor('USA').map((r) => r.update.id)).toEqual(['sets', 'bloc']);
  });
  it('is empty for an entity with no data', () => {
    expect(index.updatesFor('MEX')).toEqual([]);
  });
});

describe('the real dataset', () => {
  const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!result.ok) throw new Error('dataset invalid');
  const index = createIndex(result.dataset);
  it('shows the Five Eyes and Europe as reported', () => {
    expect(index.statusAt('AUS', day('2018-08-23'))).toBe('banned');
    expect(index.statusAt('GBR', day('2020-02-01'))).toBe('restricted');
    expect(index.statusAt('GBR', day('2020-07-15'))).toBe('banned');
    expect(index.statusAt('CAN', day('2021-12-31'))).toBe('debating');
    expect(index.statusAt('CAN', day('2022-05-19'))).toBe('banned');
    expect(index.statusAt('SWE', day('2020-10-21'))).toBe('banned');
    expect(index.statusAt('NLD', day('2020-10-15'))).toBe('restricted');
    expect(index.statusAt('DNK', day('2019-03-17'))).toBe('none');
    expect(index.statusAt('DNK', day('2019-03-18'))).toBe('debating');
  });
  it('follows the later decisions: the US authorization ban, Germany’s core phase-out, Portugal’s ban', () => {
    // Page one counts the US as banning in May 2019; the timeline says restricted until the FCC rule.
    expect(index.statusAt('USA', day('2019-05-16'))).toBe('restricted');
    expect(index.statusAt('USA', day('2022-11-24'))).toBe('restricted');
    expect(index.statusAt('USA', day('2022-11-25'))).toBe('banned');
    expect(index.statusAt('DEU', day('2024-07-10'))).toBe('debating');
    expect(index.statusAt('DEU', day('2024-07-11'))).toBe('restricted');
    expect(index.statusAt('PRT', day('2023-05-23'))).toBe('banned');
    expect(index.statusAt('JPN', day('2018-12-10'))).toBe('restricted');
  });
  it('lists the Dutch KPN update under the Netherlands, not Denmark', () => {
    expect(index.updatesFor('NLD').some((r) => r.update.text.includes('KPN') && r.relation === 'filed')).toBe(
      true,
    );
    expect(index.updatesFor('DNK').some((r) => r.update.text.includes('KPN') && r.relation === 'filed')).toBe(
      false,
    );
  });
  it('shows Germany its own updates, the EU’s and Deutsche Telekom’s', () => {
    const related = index.updatesFor('DEU');
    const filedUnder = new Set(related.map((r) => r.update.entity));
    expect(filedUnder).toEqual(new Set(['DEU', 'EU', 'deutsche-telekom']));
    expect(related.filter((r) => r.update.entity === 'EU').every((r) => r.relation === 'bloc')).toBe(true);
  });
});
