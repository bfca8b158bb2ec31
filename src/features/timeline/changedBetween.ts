import { eventIndexAt, type DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';

/**
 * Ids whose status really changed when playback moved forward from `from` to `to`: only
 * entities named by the crossed events' status updates are checked (an update can restate a
 * status), so this costs a few binary searches per frame. Moving backwards (a loop wrapping
 * to the start) outlines nothing: that is a reset, not news.
 */
export function changedBetween(
  index: Pick<DatasetIndex, 'events' | 'statusAt'>,
  from: DayNumber,
  to: DayNumber,
): string[] {
  if (to <= from) return [];
  const first = eventIndexAt(index.events, from) + 1;
  const last = eventIndexAt(index.events, to);
  const candidates = new Set<string>();
  for (let i = first; i <= last; i++) for (const id of index.events[i]!.statusSet) candidates.add(id);
  return [...candidates].filter((id) => index.statusAt(id, from) !== index.statusAt(id, to));
}
