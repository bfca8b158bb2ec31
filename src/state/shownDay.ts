import type { DatePrecision, DayNumber } from '../data/dates';
import type { AppState } from './createAppStore';

/** The day the map colours: compare's later date, else the URL's, else the latest update. */
export function shownDay(
  state: Pick<AppState, 'compare' | 'date'>,
  lastDay: DayNumber | null,
): DayNumber | null {
  return state.compare?.to ?? state.date ?? lastDay;
}

/** How precisely to show `day`: the URL's month or year while the date is still the one it gave. */
export function shownPrecision(
  state: Pick<AppState, 'compare' | 'date' | 'datePrecision'>,
  day: DayNumber,
): DatePrecision {
  return state.compare === null && state.date === day ? state.datePrecision : 'day';
}
