import type { DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import { countUpdates } from '../../data/countUpdates';
import { entityName } from '../../data/entityName';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';

/**
 * The tooltip's lines under the status: the latest update of the country's own up to `day` and
 * how many, then its blocs' updates counted apart, so a member with none of its own does not
 * seem to have the EU's ("No update of its own" / "11 updates for the whole European Union").
 */
export function tooltipLines(index: DatasetIndex, id: string, day: DayNumber): string[] {
  const { own, latestOwn, fromBlocs } = countUpdates(index.updatesFor(id).filter((u) => u.day <= day));
  const blocs = fromBlocs.map((b) => strings.tooltipFromBloc(b.count, entityName(index, b.bloc)));
  const count = blocs.length > 0 ? strings.tooltipOwnCount(own) : strings.tooltipCount(own);
  const lines = latestOwn
    ? [`${strings.tooltipLatest(formatDate(latestOwn.day, latestOwn.precision))} · ${count}`]
    : blocs.length > 0
      ? [count]
      : [];
  return [...lines, ...blocs];
}
