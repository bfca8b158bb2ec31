import type { DatasetIndex, RelatedUpdate } from '../../data/createIndex';
import type { DatePrecision, DayNumber } from '../../data/dates';
import { strings } from '../../shared/text/strings';
import { useOpenYears } from './useOpenYears';
import { defaultOpenYears, groupByYear } from '../../data/yearGroups';
import { UpdateItem } from './UpdateItem';
import { YearGroup } from './YearGroup';

interface Props {
  title: string;
  /** A line under the heading saying what the updates are, where the heading alone cannot. */
  note?: string | undefined;
  items: readonly RelatedUpdate[];
  index: DatasetIndex;
  current: DayNumber;
  onMoveTo: (day: DayNumber, precision: DatePrecision) => void;
}

/**
 * A subheading and its updates, year by year in timeline order — the order of the status strip
 * and the slider above it. A long section opens on the selected date's year and the latest one;
 * the others are one line each until opened. Not a landmark: the panel already is one.
 */
export function UpdateSection({ title, note, items, index, current, onMoveTo }: Props) {
  const years = groupByYear(items);
  const { isOpen, toggle, keepOpen } = useOpenYears(defaultOpenYears(years, current));
  const moveTo = (day: DayNumber, precision: DatePrecision) => {
    keepOpen();
    onMoveTo(day, precision);
  };

  return (
    <div className="update-group">
      <h3 className="update-group__title">{title}</h3>
      {note && <p className="update-group__note">{note}</p>}
      {years.map(({ year, items: inYear }) => (
        <YearGroup
          key={year}
          year={year}
          count={inYear.length}
          label={strings.panel.yearList(title, year)}
          open={isOpen(year)}
          onToggle={() => toggle(year)}
        >
          {inYear.map((item) => (
            <UpdateItem key={item.update.id} item={item} index={index} current={current} onMoveTo={moveTo} />
          ))}
        </YearGroup>
      ))}
    </div>
  );
}
