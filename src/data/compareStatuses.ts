import type { DatasetIndex } from './createIndex';
import type { DayNumber } from './dates';
import type { StatusOrNone } from './status';

export interface StatusChange {
  id: string;
  from: StatusOrNone;
  to: StatusOrNone;
}

/**
 * Entities (of any kind: check `index.entities.get(id)?.kind` for countries only) whose status
 * on `to` differs from their status on `from`, in id order. Updates dated on either day count
 * (as in `statusAt`); an entity with no status yet on `from` changes from `none`. A status that
 * changed and changed back in between is not a change. With from > to it runs backwards.
 */
export function compareStatuses(
  index: Pick<DatasetIndex, 'statusesAt'>,
  from: DayNumber,
  to: DayNumber,
): StatusChange[] {
  // statusesAt hands back a fresh map per event and never mutates one it returned.
  const a = index.statusesAt(from);
  const b = index.statusesAt(to);
  const out: StatusChange[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const fromStatus: StatusOrNone = a.get(id) ?? 'none';
    const toStatus: StatusOrNone = b.get(id) ?? 'none';
    if (fromStatus !== toStatus) out.push({ id, from: fromStatus, to: toStatus });
  }
  return out;
}
