import type { Status, StatusOrNone } from '../../data/status';
import type { StatusChange } from '../../data/compareStatuses';
import type { EntityKind } from '../../data/schema';

export interface ChangeGroup {
  from: StatusOrNone;
  to: StatusOrNone;
  /** Countries' names, alphabetical: what the group counts, as the legend counts countries. */
  names: string[];
  /** Companies and blocs that made the same change, alphabetical: named apart, not counted. */
  others: { name: string; kind: Exclude<EntityKind, 'country'> }[];
}

/**
 * Harshest outcome first: the story's statuses in legend order (banned 0, restricted 1, …), no
 * data after them.
 */
export const outcomeRank = (statuses: readonly Status[], s: StatusOrNone): number => {
  const i = statuses.indexOf(s);
  return i < 0 ? statuses.length : i;
};

/**
 * Groups changes by "from → to" for the compare list: the harshest outcome first (banned,
 * then restricted, …), then by where countries came from, so the list reads like a summary.
 * `kindOf` tells countries from the companies and blocs that also have statuses.
 */
export function groupChanges(
  changes: readonly StatusChange[],
  nameOf: (id: string) => string,
  kindOf: (id: string) => EntityKind,
  statuses: readonly Status[],
  locale?: string,
): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of changes) {
    const key = `${c.from}>${c.to}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { from: c.from, to: c.to, names: [], others: [] }));
    const kind = kindOf(c.id);
    if (kind === 'country') group.names.push(nameOf(c.id));
    else group.others.push({ name: nameOf(c.id), kind });
  }
  const collator = new Intl.Collator(locale);
  return [...groups.values()]
    .map((g) => ({
      ...g,
      names: [...g.names].sort(collator.compare),
      others: [...g.others].sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .sort(
      (a, b) =>
        outcomeRank(statuses, a.to) - outcomeRank(statuses, b.to) ||
        outcomeRank(statuses, a.from) - outcomeRank(statuses, b.from),
    );
}
