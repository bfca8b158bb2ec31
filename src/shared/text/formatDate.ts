import { dateOfDay, type DayNumber, type DatePrecision } from '../../data/dates';
import { strings } from './strings';

/**
 * A day as readers write it, at its precision: "15 July 2020", "August 2018", "2018".
 * `short` gives "15 Jul 2020" for captions and ticks.
 *
 * Written from `strings.date` rather than with Intl.DateTimeFormat, because the page's language
 * is its strings' language (en-GB), and the first DateTimeFormat's ICU set-up would be tens of
 * milliseconds on the first paint's critical path.
 */
export function formatDate(
  day: DayNumber,
  precision: DatePrecision = 'day',
  style: 'long' | 'short' = 'long',
): string {
  const d = dateOfDay(day);
  const year = d.getUTCFullYear();
  if (precision === 'year') return String(year);
  const month = (style === 'long' ? strings.date.months : strings.date.monthsShort)[d.getUTCMonth()]!;
  return precision === 'month'
    ? strings.date.month(month, year)
    : strings.date.day(d.getUTCDate(), month, year);
}
