import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/data/dates';
import { DEFAULT_URL_STATE, stateToSearch, URL_PARAMS, urlToState } from '../../../src/state/urlState';
import { withForeignParams } from '../../../src/state/withForeignParams';
import { clampDates } from '../../../src/state/clampDates';

const day = (s: string) => parseDate(s)!.day;

describe('the date param', () => {
  it('reads a range written the other way round as the same two dates, in order', () => {
    const state = urlToState('?date=2021-12-31..2019-01-01');
    expect(state.compare).toEqual({ from: day('2019-01-01'), to: day('2021-12-31') });
    expect(state.date).toBe(day('2021-12-31'));
    expect(stateToSearch(state)).toBe('?date=2019-01-01..2021-12-31');
  });

  it('still rejects a range with a bad end or three parts', () => {
    expect(urlToState('?date=2021-12-31..nonsense').compare).toBeNull();
    expect(urlToState('?date=2019-01-01..2019-01-01..2020-01-01').date).toBeNull();
  });
});

describe('clampDates', () => {
  const first = day('2018-12-01');
  const last = day('2022-06-29');
  it('opens a date before the first update on the first, after the last on the latest (the default)', () => {
    expect(clampDates({ date: day('2017-01-01'), compare: null }, first, last)).toEqual({
      date: first,
      compare: null,
    });
    expect(clampDates({ date: day('2099-01-01'), compare: null }, first, last)).toEqual({
      date: null,
      compare: null,
    });
    const inside = { date: day('2020-07-15'), compare: null };
    expect(clampDates(inside, first, last)).toEqual(inside);
  });

  it('brings each end of a comparison into the range', () => {
    const range = { from: day('2010-01-01'), to: day('2030-01-01') };
    expect(clampDates({ date: range.to, compare: range }, first, last)).toEqual({
      date: last,
      compare: { from: first, to: last },
    });
  });
});

describe('the table params', () => {
  it('read the order, status filter and search', () => {
    const state = urlToState('?view=table&sort=-date&status=banned&q=United%20K');
    expect(state.tableSort).toEqual({ column: 'date', dir: 'descending' });
    expect(state.tableStatus).toBe('banned');
    expect(state.tableQuery).toBe('United K');
    expect(urlToState('?sort=status').tableSort).toEqual({ column: 'status', dir: 'ascending' });
  });

  it('fall back to the defaults for values the table has not got', () => {
    const isStatus = (s: string) => ['banned', 'none'].includes(s);
    const state = urlToState('?view=table&sort=-colour&status=BANNED&q=%01x', { isStatus });
    expect(state.tableSort).toEqual(DEFAULT_URL_STATE.tableSort);
    expect(state.tableStatus).toBeNull();
    expect(state.tableQuery).toBe('');
    expect(urlToState('?q=' + 'a'.repeat(65)).tableQuery).toBe('');
  });

  it("take any well-formed status before the dataset's story is known", () => {
    expect(urlToState('?status=closed').tableStatus).toBe('closed');
    expect(urlToState('?status=not%20one').tableStatus).toBeNull();
  });

  it('are written with the table only, and not at their defaults', () => {
    const table = { ...DEFAULT_URL_STATE, view: 'table' as const };
    expect(stateToSearch(table)).toBe('?view=table');
    const sorted = { ...table, tableSort: { column: 'updates' as const, dir: 'descending' as const } };
    expect(stateToSearch({ ...sorted, tableStatus: 'none', tableQuery: 'bt' })).toBe(
      '?view=table&sort=-updates&status=none&q=bt',
    );
    expect(stateToSearch({ ...sorted, view: 'map' })).toBe('');
  });
});

describe('withForeignParams', () => {
  it('knows every param the app writes as its own', () => {
    const all = urlToState(
      '?date=2019-01-01..2020-01-01&country=GBR&view=table&sort=-name&status=banned&q=x&region=europe&embed=1&theme=dark&autoplay=1&controls=0&childId=c',
    );
    expect([...new URLSearchParams(stateToSearch(all)).keys()]).toEqual([...URL_PARAMS]);
  });

  it('keeps params the app does not read, after its own, and drops its own that it did not apply', () => {
    expect(withForeignParams('?country=GBR', '?utm_source=news&region=mars&country=gbr&utm_medium=x')).toBe(
      '?country=GBR&utm_source=news&utm_medium=x',
    );
    expect(withForeignParams('', '?date=nonsense&view=foo')).toBe('');
    expect(withForeignParams('', '?=&&=x&ref=a%2Fb')).toBe('?ref=a%2Fb');
  });
});
