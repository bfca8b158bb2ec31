import type { DatasetIndex } from './createIndex';
import { STATUS_OR_NONE, type Status, type StatusOrNone } from './status';
import { COUNTRIES } from './countries.generated';

/**
 * How many countries have each status, given `index.statusesAt(day)`. Countries only
 * (companies and the EU have statuses too but are not on the map); `none` counts the map's
 * countries without a status, so the five numbers add up to every country drawn.
 */
export function countStatuses(
  index: Pick<DatasetIndex, 'entities'>,
  statuses: ReadonlyMap<string, Status>,
): Record<StatusOrNone, number> {
  const counts = Object.fromEntries(STATUS_OR_NONE.map((s) => [s, 0])) as Record<StatusOrNone, number>;
  let withStatus = 0;
  for (const [id, status] of statuses) {
    if (index.entities.get(id)?.kind !== 'country') continue;
    counts[status]++;
    if (id in COUNTRIES) withStatus++;
  }
  counts.none = Object.keys(COUNTRIES).length - withStatus;
  return counts;
}
