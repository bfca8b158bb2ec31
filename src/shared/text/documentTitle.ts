import type { DatePrecision, DayNumber } from '../../data/dates';
import { formatDate } from './formatDate';
import { strings } from './strings';

export interface TitledView {
  /** The selected country's (or company's, or bloc's) name; null with none, or before the data. */
  name: string | null;
  /** The address's date; null for the latest update, which the plain title stands for. */
  date: DayNumber | null;
  /** How precisely the address gave it (a month shows as the month). */
  datePrecision?: DatePrecision;
  compare: { from: DayNumber; to: DayNumber } | null;
}

/** The story's titles: the tab's plain one, and the map's, which follows a view's. */
export interface TitledStory {
  plain: string;
  title: string;
}

/**
 * The tab's title for a view: "Canada as of 15 July 2020 — Where is Huawei banned?", so tabs,
 * bookmarks and history tell views apart; the plain title (index.html's) for the plain view.
 */
export function documentTitle(
  { name, date, datePrecision = 'day', compare }: TitledView,
  { plain, title }: TitledStory,
): string {
  const t = strings.pageTitle;
  if (compare) {
    const [from, to] = [formatDate(compare.from), formatDate(compare.to)];
    return t.of(name ? t.countryRange(name, from, to) : t.range(from, to), title);
  }
  if (date !== null) {
    const shown = formatDate(date, datePrecision);
    return t.of(name ? t.countryAsOf(name, shown) : t.asOf(shown), title);
  }
  return name ? t.of(name, title) : plain;
}
