import type { Dataset, Entity, Update } from './schema';
import type { Status, StatusOrNone } from './status';
import { parseDate, type DayNumber, type DatePrecision } from './dates';

/** An update with its timeline position resolved once. */
export interface TimedUpdate {
  update: Update;
  day: DayNumber;
  precision: DatePrecision;
  /** Position in the file; breaks ties between updates on the same day. */
  order: number;
}

/** A change of one entity's status, set by one update. */
export interface Transition {
  day: DayNumber;
  status: Status;
  update: Update;
}

/**
 * How an update relates to the entity whose panel lists it, strongest first:
 * filed under it, sets its status, mentions it, filed under one of its companies,
 * filed under a bloc it belongs to.
 */
export type Relation = 'filed' | 'status' | 'mention' | 'company' | 'bloc';
export const RELATIONS: readonly Relation[] = ['filed', 'status', 'mention', 'company', 'bloc'];

export interface RelatedUpdate extends TimedUpdate {
  relation: Relation;
}

/** One day on the timeline with the updates dated on it. */
export interface TimelineEvent {
  day: DayNumber;
  updates: TimedUpdate[];
  /** Entities whose status this day's updates set (possibly to the same status as before). */
  statusSet: string[];
}

export interface DatasetIndex {
  dataset: Dataset;
  entities: ReadonlyMap<string, Entity>;
  /** All updates in timeline order (day, then file order). */
  timeline: readonly TimedUpdate[];
  /** Every day that has at least one update, ascending. */
  events: readonly TimelineEvent[];
  firstDay: DayNumber;
  lastDay: DayNumber;
  /**
   * The status of an entity on a day: the status given by the latest status-setting update
   * dated on or before that day (an update dated on the day counts; partial dates count from
   * the first day of their period; of two updates on one day the later in the file wins).
   * `none` before its first one or for unknown ids. O(log n).
   */
  statusAt(entityId: string, day: DayNumber): StatusOrNone;
  /** The transition in force on a day, with the day its current run of the same status began. */
  currentTransition(entityId: string, day: DayNumber): { transition: Transition; since: DayNumber } | null;
  /** Statuses of every entity that has any status, on a day; entities without data are absent. */
  statusesAt(day: DayNumber): ReadonlyMap<string, Status>;
  /** Transitions of one entity in date order. */
  transitionsOf(entityId: string): readonly Transition[];
  /** Every update concerning an entity, labelled by how it relates, in timeline order. */
  updatesFor(entityId: string): readonly RelatedUpdate[];
  /** Ids of entities that have at least one update concerning them. */
  entitiesWithData(): readonly string[];
}

function upperBound<T>(items: readonly T[], day: DayNumber, dayOf: (item: T) => DayNumber): number {
  // Index of the first item whose day is after `day`.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayOf(items[mid]!) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Finds the event index in force on a day: the last event on or before it, or -1. */
export function eventIndexAt(events: readonly { day: DayNumber }[], day: DayNumber): number {
  return upperBound(events, day, (e) => e.day) - 1;
}

/**
 * Builds the lookup structures once per dataset. Assumes a dataset that passed
 * `validateDataset`; updates with unparseable dates are left off the timeline.
 */
export function createIndex(dataset: Dataset): DatasetIndex {
  const entities = new Map(dataset.entities.map((e) => [e.id, e] as const));

  const timeline: TimedUpdate[] = [];
  dataset.updates.forEach((update, order) => {
    const parsed = parseDate(update.date);
    if (parsed) timeline.push({ update, day: parsed.day, precision: parsed.precision, order });
  });
  timeline.sort((a, b) => a.day - b.day || a.order - b.order);

  const events: TimelineEvent[] = [];
  const transitions = new Map<string, Transition[]>();
  const related = new Map<string, Map<string, RelatedUpdate>>();

  const relate = (entityId: string, t: TimedUpdate, relation: Relation) => {
    let byUpdate = related.get(entityId);
    if (!byUpdate) related.set(entityId, (byUpdate = new Map<string, RelatedUpdate>()));
    const existing = byUpdate.get(t.update.id);
    if (!existing || RELATIONS.indexOf(relation) < RELATIONS.indexOf(existing.relation))
      byUpdate.set(t.update.id, { ...t, relation });
  };

  const companiesOf = new Map<string, string[]>();
  const blocsOf = new Map<string, string[]>();
  for (const e of dataset.entities) {
    if (e.kind === 'company') companiesOf.set(e.country, [...(companiesOf.get(e.country) ?? []), e.id]);
    if (e.kind === 'bloc') for (const m of e.members) blocsOf.set(m, [...(blocsOf.get(m) ?? []), e.id]);
  }

  for (const t of timeline) {
    const { update, day } = t;
    let event = events[events.length - 1];
    if (!event || event.day !== day) events.push((event = { day, updates: [], statusSet: [] }));
    event.updates.push(t);

    relate(update.entity, t, 'filed');
    for (const m of update.mentions ?? []) relate(m, t, 'mention');
    for (const [entityId, status] of Object.entries(update.status ?? {})) {
      relate(entityId, t, 'status');
      if (!event.statusSet.includes(entityId)) event.statusSet.push(entityId);
      let list = transitions.get(entityId);
      if (!list) transitions.set(entityId, (list = []));
      const last = list[list.length - 1];
      // Same day: the later update in the file replaces the earlier one's status.
      if (last && last.day === day) list[list.length - 1] = { day, status, update };
      else list.push({ day, status, update });
    }
  }

  // Companies' and blocs' updates are listed on their country's / members' panels.
  for (const [country, companies] of companiesOf)
    for (const c of companies)
      for (const r of related.get(c)?.values() ?? [])
        if (r.relation === 'filed') relate(country, r, 'company');
  for (const [member, blocs] of blocsOf)
    for (const b of blocs)
      for (const r of related.get(b)?.values() ?? []) if (r.relation === 'filed') relate(member, r, 'bloc');

  const relatedSorted = new Map<string, RelatedUpdate[]>();
  for (const [entityId, byUpdate] of related)
    relatedSorted.set(
      entityId,
      [...byUpdate.values()].sort((a, b) => a.day - b.day || a.order - b.order),
    );

  const statusAt = (entityId: string, day: DayNumber): StatusOrNone => {
    const list = transitions.get(entityId);
    if (!list) return 'none';
    const i = upperBound(list, day, (t) => t.day) - 1;
    return i >= 0 ? list[i]!.status : 'none';
  };

  const currentTransition = (entityId: string, day: DayNumber) => {
    const list = transitions.get(entityId);
    if (!list) return null;
    let i = upperBound(list, day, (t) => t.day) - 1;
    if (i < 0) return null;
    const transition = list[i]!;
    while (i > 0 && list[i - 1]!.status === transition.status) i--;
    return { transition, since: list[i]!.day };
  };

  // statusesAt is asked for once per playback frame: cache the last answer per event index,
  // so scrubbing within one event's span costs a binary search and nothing else.
  const transitionEntries = [...transitions.entries()];
  let cacheIndex = Number.NaN;
  let cacheValue: ReadonlyMap<string, Status> = new Map();
  const statusesAt = (day: DayNumber): ReadonlyMap<string, Status> => {
    const index = eventIndexAt(events, day);
    if (index === cacheIndex) return cacheValue;
    const out = new Map<string, Status>();
    for (const [entityId, list] of transitionEntries) {
      const i = upperBound(list, day, (t) => t.day) - 1;
      if (i >= 0) out.set(entityId, list[i]!.status);
    }
    cacheIndex = index;
    cacheValue = out;
    return out;
  };

  const firstDay = timeline[0]?.day ?? 0;
  const lastDay = timeline[timeline.length - 1]?.day ?? 0;
  const withData = [...relatedSorted.keys()].filter((id) => entities.has(id));

  return {
    dataset,
    entities,
    timeline,
    events,
    firstDay,
    lastDay,
    statusAt,
    currentTransition,
    statusesAt,
    transitionsOf: (entityId) => transitions.get(entityId) ?? [],
    updatesFor: (entityId) => relatedSorted.get(entityId) ?? [],
    entitiesWithData: () => withData,
  };
}
