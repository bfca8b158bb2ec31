import { describe, expect, it } from 'vitest';
import type { RelatedUpdate } from '../../../src/data/createIndex';
import { parseDate } from '../../../src/data/dates';
import { defaultOpenYears, groupByYear, SHOW_ALL_UP_TO } from '../../../src/data/yearGroups';

const day = (s: string) => parseDate(s)!.day;
const item = (date: string, order: number): RelatedUpdate => ({
  update: { id: `u${order}`, entity: 'X', date, text: 't', sources: [{ name: 's' }], provenance: 'report' },
  day: day(date),
  precision: parseDate(date)!.precision,
  order,
  relation: 'filed',
});
const dates = [
  '2018-08',
  '2018-12-01',
  '2019-01-28',
  '2019-05-15',
  '2019-09',
  '2020-05-15',
  '2021',
  '2023-02-01',
];
const groups = groupByYear(dates.map(item));

describe('groupByYear', () => {
  it('cuts a timeline-ordered list into years, oldest first, keeping the order within each', () => {
    expect(groups.map((g) => [g.year, g.items.map((i) => i.update.id)])).toEqual([
      [2018, ['u0', 'u1']],
      [2019, ['u2', 'u3', 'u4']],
      [2020, ['u5']],
      [2021, ['u6']],
      [2023, ['u7']],
    ]);
    expect(groupByYear([])).toEqual([]);
  });
});

describe('defaultOpenYears', () => {
  it('opens the selected date’s year and the latest year', () => {
    expect([...defaultOpenYears(groups, day('2019-03-01'))].sort()).toEqual([2019, 2023]);
  });

  it('opens the year of the update in force when the selected year has none', () => {
    expect([...defaultOpenYears(groups, day('2022-06-01'))].sort()).toEqual([2021, 2023]);
  });

  it('opens the first year when the date precedes every update', () => {
    expect([...defaultOpenYears(groups, day('2017-01-01'))].sort()).toEqual([2018, 2023]);
  });

  it('opens only the latest year on the latest date, and everything in a short section', () => {
    expect([...defaultOpenYears(groups, day('2023-02-01'))]).toEqual([2023]);
    const short = groupByYear(dates.slice(0, SHOW_ALL_UP_TO).map(item));
    expect([...defaultOpenYears(short, day('2023-02-01'))].sort()).toEqual(short.map((g) => g.year));
  });
});
