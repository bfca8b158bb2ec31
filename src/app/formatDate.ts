import { dateOfDay, type DayNumber, type DatePrecision } from '../data/dates';

/** The page's language, for Intl; falls back to the browser's, then English. */
export function pageLocale(): string {
  if (typeof document !== 'undefined' && document.documentElement.lang) return document.documentElement.lang;
  if (typeof navigator !== 'undefined' && navigator.language) return navigator.language;
  return 'en';
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  const k = `${locale}|${key}`;
  let f = cache.get(k);
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

/**
 * A day as readers write it, at its precision: "15 July 2020", "August 2018", "2018".
 * `short` gives "15 Jul 2020" for captions and ticks.
 */
export function formatDate(
  day: DayNumber,
  precision: DatePrecision = 'day',
  style: 'long' | 'short' = 'long',
  locale = pageLocale(),
): string {
  const month = style === 'long' ? 'long' : 'short';
  const options: Intl.DateTimeFormatOptions =
    precision === 'day'
      ? { day: 'numeric', month, year: 'numeric' }
      : precision === 'month'
        ? { month, year: 'numeric' }
        : { year: 'numeric' };
  return formatter(`${precision}-${style}`, options, locale).format(dateOfDay(day));
}
