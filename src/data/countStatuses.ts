import type { DatasetIndex } from './createIndex';
import type { Status, StatusOrNone } from './status';
import { COUNTRIES } from './countries.generated';

/**
 * How many countries have each status, given `index.statusesAt(day)`. Countries only
 * (companies and the EU have statuses too but are not on the map); `none` counts the map's
 * countries without a status, so the numbers add up to every country drawn.
 */
export function countStatuses(
  index: Pick<DatasetIndex, 'entities' | 'statuses'>,
  statuses: ReadonlyMap<string, Status>,
): Record<StatusOrNone, number> {
  const counts: Record<StatusOrNone, number> = Object.fromEntries(
    [...index.statuses, 'none'].map((s) => [s, 0]),
  );
  let withStatus = 0;
  for (const [id, status] of statuses) {
    if (index.entities.get(id)?.kind !== 'country') continue;
    counts[status] = (counts[status] ?? 0) + 1;
    if (id in COUNTRIES) withStatus++;
  }
  counts.none = Object.keys(COUNTRIES).length - withStatus;
  return counts;
}
