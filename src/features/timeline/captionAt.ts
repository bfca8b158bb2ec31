import { eventIndexAt, type DatasetIndex, type TimedUpdate } from '../../data/createIndex';
import { statusLabel } from '../../shared/text/statusText';
import type { DatePrecision, DayNumber } from '../../data/dates';
import type { Status } from '../../data/status';
import { outcomeRank } from './groupChanges';

export interface CaptionItem {
  id: string;
  name: string;
  /** The status the updates give it; null for an update that only adds context. */
  status: Status | null;
  /** The story's name for it ("" with no status). */
  label: string;
  /** The status is the one the entity already had before these updates. */
  unchanged: boolean;
}

export interface Caption {
  /** The first and last update days covered (the same day unless playback skipped some). */
  from: DayNumber;
  day: DayNumber;
  /** How precisely those days are known: "2019-02" is February, not 1 February. */
  fromPrecision: DatePrecision;
  precision: DatePrecision;
  /** One per entity: real changes first (harshest first), then restatements, then context. */
  items: CaptionItem[];
  updateCount: number;
  /** Each update's first outlet, once each, in timeline order. */
  sources: string[];
}

/**
 * What the caption under the date says: the updates of the latest update day on or before
 * `day` — or, with `since`, of every update day after `since` up to `day` (reduced-motion
 * playback jumps several at a time). Each entity is named once, with the last status given.
 * Null before the first update.
 */
export function captionAt(
  index: Pick<DatasetIndex, 'events' | 'entities' | 'statusAt' | 'statuses' | 'story'>,
  day: DayNumber,
  since: DayNumber | null = null,
): Caption | null {
  const last = eventIndexAt(index.events, day);
  if (last < 0) return null;
  const first = since === null ? last : Math.min(last, eventIndexAt(index.events, since) + 1);
  const events = index.events.slice(first, last + 1);
  const updates = events.flatMap((e) => e.updates);
  const before = events[0]!.day - 1;
  const nameOf = (id: string) => index.entities.get(id)?.name ?? id;

  const statuses = new Map<string, { status: Status; seen: number }>();
  const context = new Map<string, number>();
  updates.forEach((t, seen) => {
    const set = Object.entries(t.update.status ?? {});
    for (const [id, status] of set) statuses.set(id, { status, seen: statuses.get(id)?.seen ?? seen });
    if (set.length === 0 && !context.has(t.update.entity)) context.set(t.update.entity, seen);
  });
  const named = [...statuses].map(([id, { status, seen }]) => ({
    item: {
      id,
      name: nameOf(id),
      status,
      label: statusLabel(index.story, status),
      unchanged: index.statusAt(id, before) === status,
    },
    seen,
  }));
  named.sort(
    (a, b) =>
      Number(a.item.unchanged) - Number(b.item.unchanged) ||
      outcomeRank(index.statuses, a.item.status) - outcomeRank(index.statuses, b.item.status) ||
      a.seen - b.seen,
  );
  const items: CaptionItem[] = named.map((n) => n.item);
  for (const id of context.keys())
    if (!statuses.has(id)) items.push({ id, name: nameOf(id), status: null, label: '', unchanged: false });

  return {
    from: events[0]!.day,
    day: events[events.length - 1]!.day,
    fromPrecision: finest(events[0]!.updates),
    precision: finest(events[events.length - 1]!.updates),
    items,
    updateCount: updates.length,
    sources: [...new Set(updates.flatMap((t) => t.update.sources[0]?.name ?? []))],
  };
}

/** The finest precision among one day's updates: a day-dated one says the day. */
function finest(updates: readonly TimedUpdate[]): DatePrecision {
  const p = new Set(updates.map((t) => t.precision));
  return p.has('day') ? 'day' : p.has('month') ? 'month' : 'year';
}
