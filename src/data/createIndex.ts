import type { Dataset, Entity, Story, Update } from './schema';
import type { Status, StatusOrNone } from './status';
import { createStatusScale, type StatusScale } from './statusScale';
import { statusIds, storyOf } from './storyOf';
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
  /** The update's date as precise as it was given: a status "since August 2018" is not "since 1 August". */
  precision: DatePrecision;
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
const RANK = Object.fromEntries(RELATIONS.map((r, i) => [r, i])) as Readonly<Record<Relation, number>>;

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
  /** What the map is about: its title, subject and statuses (DEFAULT_STORY for older files). */
  story: Story;
  /** The story's status ids in legend order, most restrictive first (`none` not among them). */
  statuses: readonly Status[];
  /** Their colours and patterns, and no data's. */
  scale: StatusScale;
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
  currentTransition(
    entityId: string,
    day: DayNumber,
  ): { transition: Transition; since: DayNumber; sincePrecision: DatePrecision } | null;
  /** Statuses of every entity that has any status, on a day; entities without data are absent. */
  statusesAt(day: DayNumber): ReadonlyMap<string, Status>;
  /** Transitions of one entity in date order. */
  transitionsOf(entityId: string): readonly Transition[];
  /**
   * Every update concerning an entity, labelled by how it relates, in timeline order. The lists
   * for all entities are built at the first call, not with the index.
   */
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
  const entities = new Map<string, Entity>();
  // Companies' and blocs' updates are listed on their country's / members' panels.
  const companiesOf = new Map<string, string[]>();
  const blocsOf = new Map<string, string[]>();
  const passedOn = new Map<string, { countries: string[]; members: string[] }>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const passedOnFrom = (id: string) => {
    let to = passedOn.get(id);
    if (!to) passedOn.set(id, (to = { countries: [], members: [] }));
    return to;
  };
  for (const e of dataset.entities) {
    entities.set(e.id, e);
    if (e.kind === 'company') {
      add(companiesOf, e.country, e.id);
      passedOnFrom(e.id).countries.push(e.country);
    }
    if (e.kind === 'bloc')
      for (const m of e.members) {
        add(blocsOf, m, e.id);
        passedOnFrom(e.id).members.push(m);
      }
  }

  // Bucketed by day rather than sorted with a comparator: the buckets are the timeline's events,
  // keep file order within a day, and only the distinct days need sorting (numerically, natively:
  // day numbers of years 1000–9999 fit in 32 bits).
  const updates = dataset.updates;
  const byDay = new Map<DayNumber, TimedUpdate[]>();
  for (let order = 0; order < updates.length; order++) {
    const update = updates[order]!;
    const parsed = parseDate(update.date);
    if (!parsed) continue;
    const t: TimedUpdate = { update, day: parsed.day, precision: parsed.precision, order };
    const onDay = byDay.get(t.day);
    if (onDay) onDay.push(t);
    else byDay.set(t.day, [t]);
  }
  const days = Int32Array.from(byDay.keys()).sort();
  const timeline: TimedUpdate[] = [];
  const events: TimelineEvent[] = [];

  const transitions = new Map<string, Transition[]>();
  // Entities in the order an update first concerns them directly, and the companies and blocs
  // with updates filed under them: what entitiesWithData needs, without building the lists.
  const directlyRelated = new Set<string>();
  const filedUnderPassedOn = new Set<string>();
  for (let d = 0; d < days.length; d++) {
    const day = days[d]!;
    const onDay = byDay.get(day)!;
    const event: TimelineEvent = { day, updates: onDay, statusSet: [] };
    events.push(event);
    for (let u = 0; u < onDay.length; u++) {
      const t = onDay[u]!;
      const update = t.update;
      timeline.push(t);

      directlyRelated.add(update.entity);
      const mentions = update.mentions;
      if (mentions) for (let i = 0; i < mentions.length; i++) directlyRelated.add(mentions[i]!);
      const status = update.status;
      if (status) {
        const keys = Object.keys(status);
        for (let i = 0; i < keys.length; i++) {
          const entityId = keys[i]!;
          directlyRelated.add(entityId);
          if (!event.statusSet.includes(entityId)) event.statusSet.push(entityId);
          let list = transitions.get(entityId);
          if (!list) transitions.set(entityId, (list = []));
          const last = list[list.length - 1];
          const transition = { day, precision: t.precision, status: status[entityId]!, update };
          // Same day: the later update in the file replaces the earlier one's status.
          if (last && last.day === day) list[list.length - 1] = transition;
          else list.push(transition);
        }
      }
      if (passedOn.has(update.entity)) filedUnderPassedOn.add(update.entity);
    }
  }

  // Colouring the map needs none of the related-update lists: only a panel, tooltip or the table
  // reads them, so they are built at the first such read rather than while the page loads. One
  // pass over the timeline leaves each list in timeline order, with every relation of one update
  // to an entity as that list's last entry: no per-update map, no sort.
  let related: Map<string, RelatedUpdate[]> | undefined;
  const relatedLists = (): Map<string, RelatedUpdate[]> => {
    if (related) return related;
    const lists = new Map<string, RelatedUpdate[]>();
    const relate = (entityId: string, t: TimedUpdate, relation: Relation) => {
      let list = lists.get(entityId);
      if (!list) lists.set(entityId, (list = []));
      const last = list[list.length - 1];
      const entry = { update: t.update, day: t.day, precision: t.precision, order: t.order, relation };
      if (last?.order !== t.order) list.push(entry);
      else if (RANK[relation] < RANK[last.relation]) list[list.length - 1] = entry;
    };
    for (let u = 0; u < timeline.length; u++) {
      const t = timeline[u]!;
      const update = t.update;
      relate(update.entity, t, 'filed');
      const mentions = update.mentions;
      if (mentions) for (let i = 0; i < mentions.length; i++) relate(mentions[i]!, t, 'mention');
      const status = update.status;
      if (status) {
        const keys = Object.keys(status);
        for (let i = 0; i < keys.length; i++) relate(keys[i]!, t, 'status');
      }
      const to = passedOn.get(update.entity);
      if (to) {
        for (let i = 0; i < to.countries.length; i++) relate(to.countries[i]!, t, 'company');
        for (let i = 0; i < to.members.length; i++) relate(to.members[i]!, t, 'bloc');
      }
    }
    return (related = lists);
  };

  // The order entities are listed in (the table keeps it for equal sort keys): by
  // first direct relation, then countries of companies and members of blocs with updates filed
  // under them.
  const filedUnder = (ids: readonly string[]) => ids.some((id) => filedUnderPassedOn.has(id));
  const order = new Set(directlyRelated);
  for (const [country, companies] of companiesOf) if (filedUnder(companies)) order.add(country);
  for (const [member, blocs] of blocsOf) if (filedUnder(blocs)) order.add(member);
  const withData = [...order].filter((id) => entities.has(id));

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
    return { transition, since: list[i]!.day, sincePrecision: list[i]!.precision };
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

  const story = storyOf(dataset);
  const statuses = statusIds(story);

  return {
    dataset,
    story,
    statuses,
    scale: createStatusScale(statuses),
    entities,
    timeline,
    events,
    firstDay,
    lastDay,
    statusAt,
    currentTransition,
    statusesAt,
    transitionsOf: (entityId) => transitions.get(entityId) ?? [],
    updatesFor: (entityId) => relatedLists().get(entityId) ?? [],
    entitiesWithData: () => withData,
  };
}
