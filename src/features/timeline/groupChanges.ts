import { STATUS_OR_NONE, type StatusOrNone } from '../../data/status';
import type { StatusChange } from '../../data/compareStatuses';

export interface ChangeGroup {
  from: StatusOrNone;
  to: StatusOrNone;
  /** Entity names, alphabetical. */
  names: string[];
}

/** Harshest outcome first: banned 0, restricted 1, …, no data 4. */
export const outcomeRank = (s: StatusOrNone) => STATUS_OR_NONE.indexOf(s);

/**
 * Groups changes by "from → to" for the compare list: the harshest outcome first (banned,
 * then restricted, …), then by where countries came from, so the list reads like a summary.
 */
export function groupChanges(
  changes: readonly StatusChange[],
  nameOf: (id: string) => string,
  locale?: string,
): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of changes) {
    const key = `${c.from}>${c.to}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { from: c.from, to: c.to, names: [] }));
    group.names.push(nameOf(c.id));
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()]
    .map((g) => ({ ...g, names: [...g.names].sort(collator.compare) }))
    .sort((a, b) => outcomeRank(a.to) - outcomeRank(b.to) || outcomeRank(a.from) - outcomeRank(b.from));
}
