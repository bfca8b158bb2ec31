import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/data/dates';
import { createTimelineModel } from '../../../src/features/timeline/timelineController';
import { shownPrecision } from '../../../src/state/shownDay';

const at = (text: string) => parseDate(text)!;
const event = (...dates: string[]) => ({
  day: at(dates[0]!).day,
  updates: dates.map((d) => ({ precision: at(d).precision })),
});

describe('how precisely the shown date is written', () => {
  // 2024 (a year only), August 2018 (a month), and a full date.
  const model = createTimelineModel(
    [event('2018-08'), event('2020-07-15'), event('2024')],
    at('2018-08').day,
    at('2024').day,
  );
  const plain = { compare: null, date: null, datePrecision: 'day' as const };

  it('shows a day whose updates give only a year or a month as that year or month', () => {
    expect(shownPrecision(plain, at('2024').day, model.coarseDays)).toBe('year');
    expect(shownPrecision(plain, at('2018-08').day, model.coarseDays)).toBe('month');
  });

  it('shows a full date where an update gives one, and any day between updates as a day', () => {
    expect(shownPrecision(plain, at('2020-07-15').day, model.coarseDays)).toBe('day');
    expect(shownPrecision(plain, at('2021-03-02').day, model.coarseDays)).toBe('day');
    // A month-only update and a dated one on the same day: the date is known to the day.
    const both = createTimelineModel([event('2019-05', '2019-05-01')], 0, 99_999);
    expect(both.coarseDays?.size).toBe(0);
  });

  it('keeps the month the address gave while the date is the one it gave', () => {
    const state = { compare: null, date: at('2020-07-15').day, datePrecision: 'month' as const };
    expect(shownPrecision(state, at('2020-07-15').day, model.coarseDays)).toBe('month');
  });
});
