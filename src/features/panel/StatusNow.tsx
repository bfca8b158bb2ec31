import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import { statusLabel, statusMeaning } from '../../shared/text/statusText';
import { parseDate, type DayNumber } from '../../data/dates';
import type { Entity } from '../../data/schema';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';
import { NoStatus } from './NoStatus';

interface Props {
  index: DatasetIndex;
  entity: Entity;
  day: DayNumber;
  /** Every update concerning the entity, to explain a "No data". */
  updates: readonly RelatedUpdate[];
}

/** The status on the selected date and since when ("Banned since 19 May 2022"), with its meaning. */
export function StatusNow({ index, entity, day, updates }: Props) {
  const asOf = formatDate(day);
  const current = index.currentTransition(entity.id, day);
  if (!current) return <NoStatus index={index} entity={entity} updates={updates} day={day} asOf={asOf} />;

  const { status } = current.transition;
  // "Since August 2018", not "since 1 August 2018": the run began with an update of that precision.
  const first = index.transitionsOf(entity.id).find((t) => t.day === current.since);
  const precision = (first && parseDate(first.update.date)?.precision) ?? 'day';
  return (
    <div className="status-now">
      <p className="status-now__as-of">{strings.panel.asOf(asOf)}</p>
      <p className="status-now__line">
        <StatusSwatch status={status} size={18} />
        <strong>
          {strings.statusSince(statusLabel(index.story, status), formatDate(current.since, precision))}
        </strong>
      </p>
      <p className="status-now__meaning">{statusMeaning(index.story, status)}</p>
    </div>
  );
}
