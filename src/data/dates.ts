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

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

export interface ParsedDate {
  day: DayNumber;
  precision: DatePrecision;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parseDate(value: string): ParsedDate | null {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const dayOfMonth = m[3] === undefined ? 1 : Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(ms);
  // Date.UTC rolls 2020-02-31 over to March; a real date survives the round trip.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return null;
  const precision: DatePrecision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return { day: Math.floor(ms / MS_PER_DAY), precision };
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
