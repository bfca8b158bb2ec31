import type { DatasetIndex } from '../../data/createIndex';
import type { DayNumber, DatePrecision } from '../../data/dates';
import type { EntityKind } from '../../data/schema';
import type { StatusOrNone } from '../../data/status';
import { countUpdates } from '../../data/countUpdates';

export interface TableRow {
  id: string;
  name: string;
  kind: EntityKind;
  status: StatusOrNone;
  /** Latest update of its own (not its blocs') on or before the day (null if none yet). */
  latest: { day: DayNumber; precision: DatePrecision } | null;
  /** Updates of its own on or before the day: its blocs' are counted apart, in `fromBlocs`. */
  count: number;
  /** Per bloc id, its updates on or before the day, which concern every member alike. */
  fromBlocs: { bloc: string; count: number }[];
}

export type SortKey = 'name' | 'status' | 'latest' | 'count';
export type SortDir = 'ascending' | 'descending';

/** One row per entity with data, as of a day. Pure, so the table and its tests share it. */
export function tableRows(index: DatasetIndex, day: DayNumber): TableRow[] {
  return index.entitiesWithData().map((id) => {
    const entity = index.entities.get(id)!;
    const {
      own,
      latestOwn: last,
      fromBlocs,
    } = countUpdates(index.updatesFor(id).filter((r) => r.day <= day));
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      status: index.statusAt(id, day),
      latest: last ? { day: last.day, precision: last.precision } : null,
      count: own,
      fromBlocs,
    };
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * Sorts rows; ties fall back to the name so the order is stable and predictable. `order`: the
 * story's statuses in legend order, then `none`.
 */
export function sortRows(
  rows: readonly TableRow[],
  key: SortKey,
  dir: SortDir,
  order: readonly StatusOrNone[],
): TableRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const byName = (a: TableRow, b: TableRow) => collator.compare(a.name, b.name);
  const compare = (a: TableRow, b: TableRow): number => {
    switch (key) {
      case 'name':
        return byName(a, b);
      case 'status':
        return order.indexOf(a.status) - order.indexOf(b.status);
      case 'latest':
        return (a.latest?.day ?? -Infinity) - (b.latest?.day ?? -Infinity);
      case 'count':
        return a.count - b.count;
    }
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}
