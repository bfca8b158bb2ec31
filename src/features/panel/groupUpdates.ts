import type { RelatedUpdate } from '../../data/createIndex';

/** A group of updates that merely concern the entity; a bloc's are one group per bloc. */
export type RelatedGroup =
  | { relation: 'mention' | 'company'; updates: RelatedUpdate[] }
  | { relation: 'bloc'; /** The bloc's id. */ bloc: string; updates: RelatedUpdate[] };

export interface UpdateGroups {
  /** Updates filed under the entity or setting its status, in timeline order. */
  own: RelatedUpdate[];
  /** Everything else: mentions, its companies', then each bloc's; empty groups left out. */
  related: RelatedGroup[];
}

/**
 * Splits an entity's updates for its panel: its own story first, then what merely concerns it
 * (mentions, its companies, its blocs). Each update appears once, under its strongest relation,
 * as `updatesFor` already decided; order within a group stays the timeline's.
 */
export function groupUpdates(updates: readonly RelatedUpdate[]): UpdateGroups {
  const own: RelatedUpdate[] = [];
  const mention: RelatedUpdate[] = [];
  const company: RelatedUpdate[] = [];
  const byBloc = new Map<string, RelatedUpdate[]>();
  for (const u of updates) {
    if (u.relation === 'filed' || u.relation === 'status') own.push(u);
    else if (u.relation === 'mention') mention.push(u);
    else if (u.relation === 'company') company.push(u);
    // A bloc update relates to a member through the bloc it is filed under.
    else byBloc.set(u.update.entity, [...(byBloc.get(u.update.entity) ?? []), u]);
  }
  const related: RelatedGroup[] = [];
  if (mention.length > 0) related.push({ relation: 'mention', updates: mention });
  if (company.length > 0) related.push({ relation: 'company', updates: company });
  for (const [bloc, list] of byBloc) related.push({ relation: 'bloc', bloc, updates: list });
  return { own, related };
}
