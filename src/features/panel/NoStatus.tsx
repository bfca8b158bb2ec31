import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { Entity } from '../../data/schema';
import { strings } from '../../shared/text/strings';
import { storyTopic } from '../../shared/text/storyText';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';
import { whyNoStatus } from './whyNoStatus';

interface Props {
  index: DatasetIndex;
  entity: Entity;
  updates: readonly RelatedUpdate[];
  day: DayNumber;
  /** The selected date, formatted. */
  asOf: string;
}

/**
 * "No data", said honestly: nothing was found; or only its bloc's updates concern it (a bloc's
 * status never colours its members) and context; or its first status comes later, its bloc's
 * updates until then counted so they are not taken for its own.
 */
export function NoStatus({ index, entity, updates, day, asOf }: Props) {
  const reason = whyNoStatus(index, entity, updates, day);
  let lines: string[];
  switch (reason.kind) {
    case 'no-reports':
      lines = [
        strings.panel.noReports(storyTopic(index.story), entity.kind),
        ...reason.blocs.map(strings.panel.blocHasNoneEither),
      ];
      break;
    case 'none-of-its-own': {
      const parts = reason.fromBlocs.map(({ bloc, count }) => strings.panel.fromBloc(count, bloc));
      if (reason.others > 0) parts.push(strings.panel.contextUpdates(reason.others, parts.length > 0));
      lines = [strings.panel.noStatusOfItsOwn(parts)];
      break;
    }
    case 'not-yet':
      lines = [
        strings.panel.noStatusOn(asOf),
        ...reason.fromBlocs.map(({ bloc, count }) => strings.panel.blocUpdatesSoFar(count, bloc)),
      ];
      break;
  }
  return (
    <div className="status-now">
      <p className="status-now__as-of">{strings.panel.asOf(asOf)}</p>
      <p className="status-now__line">
        <StatusSwatch status="none" size={18} />
        <strong>{strings.statusLabel.none}</strong>
      </p>
      {lines.map((line) => (
        <p key={line} className="status-now__meaning">
          {line}
        </p>
      ))}
    </div>
  );
}
