import { eventIndexAt, type DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Status } from '../../data/status';

export interface CaptionStatus {
  id: string;
  name: string;
  status: Status;
  /** The update restates the status the entity already had. */
  unchanged: boolean;
}

export interface Caption {
  /** The event's day (the update's own date, not the slider's). */
  day: DayNumber;
  updateId: string;
  /** The entity the update is filed under. */
  entityName: string;
  /** Statuses the update sets; empty for context-only updates. */
  statuses: CaptionStatus[];
  /** The first source's outlet, as printed. */
  source: string | null;
}

/**
 * What the caption under the date says: the latest update on or before `day`. Of several
 * updates on that day, the last one that sets a status wins (that is the change on the map),
 * else the last one in the file. Null before the first update.
 */
export function captionAt(
  index: Pick<DatasetIndex, 'events' | 'entities' | 'statusAt'>,
  day: DayNumber,
): Caption | null {
  const event = index.events[eventIndexAt(index.events, day)];
  if (!event) return null;
  const timed =
    [...event.updates].reverse().find((t) => Object.keys(t.update.status ?? {}).length > 0) ??
    event.updates[event.updates.length - 1];
  if (!timed) return null;
  const { update } = timed;
  const nameOf = (id: string) => index.entities.get(id)?.name ?? id;
  const statuses = Object.entries(update.status ?? {}).map(([id, status]) => ({
    id,
    name: nameOf(id),
    status,
    unchanged: index.statusAt(id, event.day - 1) === status,
  }));
  return {
    day: event.day,
    updateId: update.id,
    entityName: nameOf(update.entity),
    statuses,
    source: update.sources[0]?.name ?? null,
  };
}
