import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Entity } from '../../data/schema';
import { countUpdates } from '../../data/countUpdates';
import { entityName } from '../../data/entityName';

/** Per bloc (by name), how many of its updates concern a member. */
type FromBlocs = { bloc: string; count: number }[];

/** Why an entity has no status on a date, as its panel explains it. */
export type NoStatusReason =
  /** No update concerns it at all; `blocs` it belongs to (which have none either). */
  | { kind: 'no-reports'; blocs: string[] }
  /** Never given a status: what concerns it is its blocs' updates and, `others`, its own context. */
  | { kind: 'none-of-its-own'; fromBlocs: FromBlocs; others: number }
  /** It has a status later on, not yet on this date; its blocs' updates up to the date. */
  | { kind: 'not-yet'; fromBlocs: FromBlocs };

/** The blocs a country belongs to, in file order. */
export function blocsOf(index: DatasetIndex, countryId: string): Extract<Entity, { kind: 'bloc' }>[] {
  const blocs: Extract<Entity, { kind: 'bloc' }>[] = [];
  for (const e of index.entities.values())
    if (e.kind === 'bloc' && e.members.includes(countryId)) blocs.push(e);
  return blocs;
}

/**
 * Sorts out the three kinds of "no data": nothing was found; only its bloc's updates (which never
 * colour a member) and context concern it; or its first status comes after `day`.
 */
export function whyNoStatus(
  index: DatasetIndex,
  entity: Entity,
  updates: readonly RelatedUpdate[],
  day: DayNumber,
): NoStatusReason {
  if (updates.length === 0) {
    const blocs = entity.kind === 'country' ? blocsOf(index, entity.id) : [];
    return { kind: 'no-reports', blocs: blocs.map((b) => b.name) };
  }
  const named = (counts: ReturnType<typeof countUpdates>) =>
    counts.fromBlocs.map(({ bloc, count }) => ({ bloc: entityName(index, bloc), count }));
  if (index.transitionsOf(entity.id).length > 0)
    return { kind: 'not-yet', fromBlocs: named(countUpdates(updates.filter((u) => u.day <= day))) };
  const counts = countUpdates(updates);
  return { kind: 'none-of-its-own', fromBlocs: named(counts), others: counts.own };
}
