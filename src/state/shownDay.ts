import type { DatePrecision, DayNumber } from '../data/dates';
import type { AppState } from './createAppStore';

/** The day the map colours: compare's later date, else the URL's, else the latest update. */
export function shownDay(
  state: Pick<AppState, 'compare' | 'date'>,
  lastDay: DayNumber | null,
): DayNumber | null {
  return state.compare?.to ?? state.date ?? lastDay;
}

/**
 * How precisely to show `day`: the URL's month or year while the date is still the one it gave;
 * else, on a day whose updates give only a month or year, that (`coarse`, the timeline's).
 */
export function shownPrecision(
  state: Pick<AppState, 'compare' | 'date' | 'datePrecision'>,
  day: DayNumber,
  coarse?: ReadonlyMap<DayNumber, DatePrecision>,
): DatePrecision {
  if (state.compare === null && state.date === day && state.datePrecision !== 'day')
    return state.datePrecision;
  return coarse?.get(day) ?? 'day';
}
