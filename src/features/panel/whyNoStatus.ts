import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { Entity } from '../../data/schema';

/** Why an entity has no status on a date, as its panel explains it. */
export type NoStatusReason =
  /** No update concerns it at all; `blocs` it belongs to (which have none either). */
  | { kind: 'no-reports'; blocs: string[] }
  /** Never given a status: what concerns it is its blocs' updates and context. */
  | { kind: 'none-of-its-own'; fromBlocs: { bloc: string; count: number }[]; others: number }
  /** It has a status later on, not yet on this date. */
  | { kind: 'not-yet' };

/** The blocs a country belongs to, in file order. */
export function blocsOf(index: DatasetIndex, countryId: string): Extract<Entity, { kind: 'bloc' }>[] {
  const blocs: Extract<Entity, { kind: 'bloc' }>[] = [];
  for (const e of index.entities.values())
    if (e.kind === 'bloc' && e.members.includes(countryId)) blocs.push(e);
  return blocs;
}

/**
 * Sorts out the three kinds of "no data": nothing was found; only its bloc's updates (which never
 * colour a member) and context concern it; or its first status comes after the date.
 */
export function whyNoStatus(
  index: DatasetIndex,
  entity: Entity,
  updates: readonly RelatedUpdate[],
): NoStatusReason {
  const blocs = entity.kind === 'country' ? blocsOf(index, entity.id) : [];
  if (updates.length === 0) return { kind: 'no-reports', blocs: blocs.map((b) => b.name) };
  if (index.transitionsOf(entity.id).length > 0) return { kind: 'not-yet' };
  const fromBlocs = blocs
    .map((b) => ({ bloc: b.name, count: updates.filter((u) => u.update.entity === b.id).length }))
    .filter((b) => b.count > 0);
  const blocIds = new Set(blocs.map((b) => b.id));
  const others = updates.filter((u) => !blocIds.has(u.update.entity)).length;
  return { kind: 'none-of-its-own', fromBlocs, others };
}
