import type { RelatedUpdate } from './createIndex';

/** An entity's updates counted as a reader needs them told apart: its own, and its blocs'. */
export interface UpdateCounts {
  /** Updates that concern it in particular: filed under it, setting its status, naming it, its companies'. */
  own: number;
  /** The latest of those, or null. */
  latestOwn: RelatedUpdate | null;
  /**
   * Updates filed under a bloc it belongs to, per bloc (by id, in order of their first update):
   * they concern every member alike and never set a member's status.
   */
  fromBlocs: { bloc: string; count: number }[];
}

/**
 * Splits `updatesFor(id)` (or a date-filtered part of it, in timeline order). A bloc update
 * that names the member or sets its status is the member's own: `updatesFor` relates it so.
 */
export function countUpdates(updates: readonly RelatedUpdate[]): UpdateCounts {
  let own = 0;
  let latestOwn: RelatedUpdate | null = null;
  const byBloc = new Map<string, number>();
  for (const u of updates) {
    if (u.relation === 'bloc') byBloc.set(u.update.entity, (byBloc.get(u.update.entity) ?? 0) + 1);
    else {
      own++;
      latestOwn = u;
    }
  }
  return { own, latestOwn, fromBlocs: [...byBloc].map(([bloc, count]) => ({ bloc, count })) };
}
