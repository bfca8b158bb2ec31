import type { DatasetIndex } from './createIndex';
import { csvRows } from './csvCell';
import { COUNTRIES } from './countries.generated';
import { formatDay, type DatePrecision, type DayNumber } from './dates';

export const STATUS_CSV_COLUMNS = [
  'iso3',
  'name',
  'as_of',
  'status',
  'since',
  'since_precision',
  'latest_update',
  'updates',
] as const;

/** What the status column says for a country without one, as the legend's "No data". */
export const NO_DATA = 'no data';

/** A day written as precisely as it is known: 2018-08 for "August 2018", as the dataset writes it. */
const atPrecision = (day: DayNumber, precision: DatePrecision) =>
  formatDay(day).slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);

/**
 * Every country's status on one day, one row each: the countries the legend counts (every one
 * the map draws; a valid dataset lists no other, but one that does is not dropped), by ISO code. `since` is when the
 * status's current run began; `latest_update` and `updates` count the updates concerning the
 * country up to the day, except those filed under a bloc it belongs to (the EU's would add the
 * same twenty to each member).
 */
export function toStatusCsv(
  index: Pick<DatasetIndex, 'entities' | 'currentTransition' | 'updatesFor'>,
  day: DayNumber,
): string {
  const ids = new Set(Object.keys(COUNTRIES));
  for (const [id, entity] of index.entities) if (entity.kind === 'country') ids.add(id);
  const rows: string[][] = [[...STATUS_CSV_COLUMNS]];
  for (const id of [...ids].sort()) {
    const current = index.currentTransition(id, day);
    const own = index.updatesFor(id).filter((u) => u.day <= day && u.relation !== 'bloc');
    const latest = own[own.length - 1];
    rows.push([
      id,
      index.entities.get(id)?.name ?? COUNTRIES[id]?.name ?? id,
      formatDay(day),
      current?.transition.status ?? NO_DATA,
      current ? atPrecision(current.since, current.sincePrecision) : '',
      current?.sincePrecision ?? '',
      latest ? atPrecision(latest.day, latest.precision) : '',
      String(own.length),
    ]);
  }
  return csvRows(rows);
}
