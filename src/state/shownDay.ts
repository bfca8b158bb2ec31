import type { DayNumber } from '../data/dates';
import type { AppState } from './createAppStore';

/** The day the map colours: compare's later date, else the URL's, else the latest update. */
export function shownDay(
  state: Pick<AppState, 'compare' | 'date'>,
  lastDay: DayNumber | null,
): DayNumber | null {
  return state.compare?.to ?? state.date ?? lastDay;
}
