import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate } from '../../../src/shared/text/formatDate';
import { parseDate } from '../../../src/data/dates';

const dayOf = (s: string) => parseDate(s)!.day;

/** What the browser's Intl writes for an en-GB page: formatDate must read exactly the same. */
const intl = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

describe('formatDate', () => {
  it('writes dates as readers of an en-GB page expect, at their precision', () => {
    expect(formatDate(dayOf('2020-07-15'))).toBe('15 July 2020');
    expect(formatDate(dayOf('2020-07-15'), 'day', 'short')).toBe('15 Jul 2020');
    expect(formatDate(dayOf('2018-08-01'), 'month')).toBe('August 2018');
    expect(formatDate(dayOf('2018-01-01'), 'year')).toBe('2018');
  });

  it('gives every short month three letters, September too', () => {
    expect(formatDate(dayOf('2021-09-28'), 'day', 'short')).toBe('28 Sep 2021');
    expect(formatDate(dayOf('2022-06-29'), 'day', 'short')).toBe('29 Jun 2022');
    expect(formatDate(dayOf('2021-09-01'), 'month', 'short')).toBe('Sep 2021');
  });

  it('agrees with Intl.DateTimeFormat en-GB on every day from 1990 to 2060', () => {
    const long = intl({ day: 'numeric', month: 'long', year: 'numeric' });
    const short = intl({ day: 'numeric', month: 'short', year: 'numeric' });
    const month = intl({ month: 'long', year: 'numeric' });
    fc.assert(
      fc.property(fc.integer({ min: dayOf('1990-01-01'), max: dayOf('2060-12-31') }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(formatDate(day)).toBe(long.format(date));
        // But for September: Intl's en-GB writes "Sept", the one short month of four letters.
        expect(formatDate(day, 'day', 'short')).toBe(short.format(date).replace('Sept', 'Sep'));
        expect(formatDate(day, 'month')).toBe(month.format(date));
      }),
      { numRuns: 2000 },
    );
  });
});
