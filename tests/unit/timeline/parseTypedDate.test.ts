import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTypedDate } from '../../../src/features/timeline/parseTypedDate';
import { parseDate } from '../../../src/data/dates';
import { formatDate } from '../../../src/shared/text/formatDate';

const at = (iso: string) => parseDate(iso);

describe('parseTypedDate', () => {
  it('reads dates as the page writes them, day first, and ISO', () => {
    for (const typed of [
      '15 July 2020',
      '15 Jul 2020',
      '15 jul. 2020',
      '15th July 2020',
      ' 15  July,  2020 ',
      'July 15, 2020',
      '15/07/2020',
      '15/7/2020',
      '15.07.2020',
      '15-07-2020',
      '2020-07-15',
    ])
      expect(parseTypedDate(typed), typed).toEqual(at('2020-07-15'));
    expect(parseTypedDate('3 Sept 2021')).toEqual(at('2021-09-03'));
    expect(parseTypedDate('3 Sep 2021')).toEqual(at('2021-09-03'));
  });

  it('reads a month or a year at its precision', () => {
    expect(parseTypedDate('July 2020')).toEqual(at('2020-07'));
    expect(parseTypedDate('07/2020')).toEqual(at('2020-07'));
    expect(parseTypedDate('2020-07')).toEqual(at('2020-07'));
    expect(parseTypedDate('2020')).toEqual(at('2020'));
  });

  it('refuses what is not one date: month first, impossible days, unknown or cut-short months', () => {
    for (const typed of [
      '',
      '07/15/2020',
      '31/06/2020',
      '29 February 2021',
      '15 Ju 2020',
      '15 Julember 2020',
      '15 July',
      '15 July 15 2020',
      'yesterday',
      '2020-7-15',
    ])
      expect(parseTypedDate(typed), typed).toBeNull();
  });

  it('reads back every date formatDate writes, long and short', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('1990-01-01')!.day, max: at('2060-12-31')!.day }), (day) => {
        expect(parseTypedDate(formatDate(day))?.day).toBe(day);
        expect(parseTypedDate(formatDate(day, 'day', 'short'))?.day).toBe(day);
      }),
      { numRuns: 500 },
    );
  });
});
