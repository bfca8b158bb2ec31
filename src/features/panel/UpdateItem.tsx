import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import { statusLabel } from '../../shared/text/statusText';
import { formatDay, type DatePrecision, type DayNumber } from '../../data/dates';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { StatusSwatch } from '../../shared/ui/StatusSwatch';
import { correctedValue } from '../../shared/text/describeCorrection';
import { entityName } from '../../data/entityName';
import { paragraphs } from '../../shared/util/paragraphs';
import { provenanceLabel } from './provenanceLabel';
import { SourceList } from '../../shared/ui/SourceList';

// `<time>` carries the date at its precision: 2018-08, not a made-up 2018-08-01.
const ISO_LENGTH = { day: 10, month: 7, year: 4 } as const;

interface Props {
  item: RelatedUpdate;
  index: DatasetIndex;
  /** The selected date: updates after it are shown as later, not hidden. */
  current: DayNumber;
  onMoveTo: (day: DayNumber, precision: DatePrecision) => void;
}

/**
 * One dated, sourced update, with what its text is (the article's words, our summary of the
 * article or of a report). Everything from the dataset is rendered as text nodes — the file may
 * come from anyone — and the date is a button that moves the timeline there.
 */
export function UpdateItem({ item, index, current, onMoveTo }: Props) {
  const { update, day, precision, relation } = item;
  const date = formatDate(day, precision);
  const later = day > current;
  const reader = update.provenance === 'reader-comment';
  const className = `update${later ? ' update--later' : ''}${reader ? ' update--reader' : ''}`;
  const provenance = provenanceLabel(update);

  return (
    <li className={className}>
      <div className="update__meta">
        <button
          type="button"
          className="update__date"
          aria-label={strings.moveTimelineTo(date)}
          onClick={() => onMoveTo(day, precision)}
        >
          <time dateTime={formatDay(day).slice(0, ISO_LENGTH[precision])}>{date}</time>
        </button>
        {later && <span className="update__tag update__tag--later">{strings.later}</span>}
        {reader && <span className="update__tag update__tag--reader">{strings.readerComment}</span>}
        {relation !== 'filed' && (
          <span className="update__filed">{strings.panel.filedUnder(entityName(index, update.entity))}</span>
        )}
      </div>
      {provenance && <p className="update__provenance">{provenance}</p>}
      <div className="update__text">
        {paragraphs(update.text).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {Object.entries(update.status ?? {}).map(([id, status]) =>
        // The dataset is validated, but a hostile index must not crash the label lookup.
        index.statuses.includes(status) ? (
          <p key={id} className="update__sets">
            <StatusSwatch status={status} />
            {strings.setsStatus(entityName(index, id), statusLabel(index.story, status))}
          </p>
        ) : null,
      )}
      <SourceList sources={update.sources} />
      {update.note && (
        <p className="update__note">
          <span className="update__label">{strings.panel.note}:</span> {update.note}
        </p>
      )}
      {update.corrections?.map((c, i) => (
        <p key={i} className="update__correction">
          <span className="update__label">{strings.erratum}:</span>{' '}
          {strings.panel.correction(c.printed, correctedValue(index, c), c.reason)}
        </p>
      ))}
    </li>
  );
}
