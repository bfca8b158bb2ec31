import type { DayNumber } from '../data/dates';
import type { DateRange } from './urlState';

/**
 * A linked date or comparison brought into the dataset's range: before the first update it
 * opens on the first, after the last on the latest (date null, the default; a comparison's B
 * keeps the day, as a range needs both ends).
 */
export function clampDates(
  state: { date: DayNumber | null; compare: DateRange | null },
  firstDay: DayNumber,
  lastDay: DayNumber,
): { date: DayNumber | null; compare: DateRange | null } {
  const clamp = (day: DayNumber) => Math.min(lastDay, Math.max(firstDay, day));
  if (state.compare) {
    const compare = { from: clamp(state.compare.from), to: clamp(state.compare.to) };
    return { date: compare.to, compare };
  }
  if (state.date === null) return state;
  return { date: state.date > lastDay ? null : clamp(state.date), compare: null };
}
