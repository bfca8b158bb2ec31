import type { Relation, RelatedUpdate } from '../../data/createIndex';

export interface UpdateGroups {
  /** Updates filed under the entity or setting its status, in timeline order. */
  own: RelatedUpdate[];
  /** Everything else, one group per relation, strongest relation first; empty groups left out. */
  related: { relation: Exclude<Relation, 'filed' | 'status'>; updates: RelatedUpdate[] }[];
}

const RELATED_ORDER = ['mention', 'company', 'bloc'] as const;

/**
 * Splits an entity's updates for its panel: its own story first, then what merely concerns it
 * (mentions, its companies, its bloc). Each update appears once, under its strongest relation,
 * as `updatesFor` already decided; order within a group stays the timeline's.
 */
export function groupUpdates(updates: readonly RelatedUpdate[]): UpdateGroups {
  const own: RelatedUpdate[] = [];
  const byRelation = new Map<Relation, RelatedUpdate[]>();
  for (const u of updates) {
    if (u.relation === 'filed' || u.relation === 'status') own.push(u);
    else byRelation.set(u.relation, [...(byRelation.get(u.relation) ?? []), u]);
  }
  return {
    own,
    related: RELATED_ORDER.flatMap((relation) => {
      const list = byRelation.get(relation);
      return list ? [{ relation, updates: list }] : [];
    }),
  };
}
