/**
 * Dates in the dataset have a precision: a year (`2018`), a month (`2018-08`) or a day
 * (`2019-02-01`). On the timeline a partial date sits on the first day of its period, so a
 * report dated "August 2018" already counts on 1 August 2018.
 *
 * Internally dates are whole days since 1970-01-01 (UTC): integers compare fast and never
 * drift with time zones.
 */
export type DatePrecision = 'year' | 'month' | 'day';
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export interface ParsedDate {
  day: DayNumber;
  precision: DatePrecision;
}

/** The number the ASCII digits in [start, end) spell, or -1: a `\d` without a regex, for speed at load. */
function digits(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = value.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parseDate(value: string): ParsedDate | null {
  // Called for every update, at validation and again at indexing: by hand, without a regex or a
  // Date round trip, which would be a visible share of loading a large dataset.
  const length = value.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digits(value, 0, 4);
  if (year < 0) return null;
  let month = 1;
  let dayOfMonth = 1;
  if (length >= 7) {
    if (value.charCodeAt(4) !== 45 /* - */) return null;
    month = digits(value, 5, 7);
    if (month < 0) return null;
  }
  if (length === 10) {
    if (value.charCodeAt(7) !== 45 /* - */) return null;
    dayOfMonth = digits(value, 8, 10);
    if (dayOfMonth < 0) return null;
  }
  // Date.UTC would roll 2020-02-31 over to March; a real date is within its month.
  if (year < 1000 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))
    return null;
  const precision: DatePrecision = length === 10 ? 'day' : length === 7 ? 'month' : 'year';
  return { day: Math.floor(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY), precision };
}

/** Day number → `YYYY-MM-DD`. */
export function formatDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day number of a JS Date, by its UTC calendar day. */
export function dayOfDate(date: Date): DayNumber {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / MS_PER_DAY);
}

/** A day number as a UTC Date, for Intl formatting with `timeZone: 'UTC'`. */
export function dateOfDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/** The last day of the period a partial date names: 2018-08 → 2018-08-31, 2018 → 2018-12-31. */
export function endOfPeriod(parsed: ParsedDate): DayNumber {
  const d = dateOfDay(parsed.day);
  switch (parsed.precision) {
    case 'day':
      return parsed.day;
    case 'month':
      return dayOfDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
    case 'year':
      return dayOfDate(new Date(Date.UTC(d.getUTCFullYear(), 11, 31)));
  }
}
