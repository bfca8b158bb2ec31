import { parseDate, type ParsedDate } from '../../data/dates';
import { strings } from '../../shared/text/strings';

const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "15 July 2020", "15th Jul. 2020", "July 15 2020", "July 2020" (commas are gone by then). */
const NAMED = new RegExp(`^(?:${ORDINAL} )?([a-z]+)\\.? (?:${ORDINAL} )?(\\d{4})$`);
/** Day first, as the page writes dates: "15/07/2020", "15.7.2020", "15-07-2020"; or "07/2020". */
const NUMERIC = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/;

/** January = 1 for a month name or its first three letters or more ("sep", "sept"); else null. */
function monthOf(word: string): number | null {
  if (word.length < 3) return null;
  const i = strings.date.months.findIndex((m) => m.toLowerCase().startsWith(word));
  return i < 0 ? null : i + 1;
}

const pad = (n: string | number) => String(n).padStart(2, '0');

/** Through parseDate, which refuses impossible days such as 31 June. */
const dateOf = (year: string, month: string | number, day: string | undefined) =>
  parseDate(`${year}-${pad(month)}${day ? `-${pad(day)}` : ''}`);

/**
 * A date as a reader of the page types it: as the page writes dates ("15 July 2020", "15 Jul
 * 2020"), day first in figures ("15/07/2020"), a month ("July 2020"), a year, or ISO
 * ("2020-07-15"). Null for anything else, a month-first "07/15/2020" among them.
 */
export function parseTypedDate(text: string): ParsedDate | null {
  const typed = text.trim().toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const iso = parseDate(typed);
  if (iso) return iso;
  const numeric = NUMERIC.exec(typed);
  if (numeric) return dateOf(numeric[3]!, numeric[2]!, numeric[1]);
  const named = NAMED.exec(typed);
  if (!named || (named[1] && named[3])) return null;
  const month = monthOf(named[2]!);
  return month === null ? null : dateOf(named[4]!, month, named[1] ?? named[3]);
}
