import type { DayNumber } from '../../data/dates';
import { dateOfDay, dayOfDate } from '../../data/dates';
import { dayToPosition, type TimelineModel } from './timelineController';

export interface EventTick {
  day: DayNumber;
  /** 0..1 along the slider. */
  position: number;
  /** Updates dated on this day: drawn as the tick's height. */
  count: number;
  /** Some update on this day sets a status (drawn stronger than context-only days). */
  setsStatus: boolean;
}

/** One tick per event day. */
export function eventTicks(
  model: TimelineModel,
  events: readonly { day: DayNumber; updates: readonly unknown[]; statusSet: readonly string[] }[],
): EventTick[] {
  return events
    .filter((e) => e.day >= model.firstDay && e.day <= model.lastDay)
    .map((e) => ({
      day: e.day,
      position: dayToPosition(model, e.day),
      count: e.updates.length,
      setsStatus: e.statusSet.length > 0,
    }));
}

export interface YearMark {
  year: number;
  day: DayNumber;
  position: number;
}

/**
 * 1 January of every year inside the range, plus the range's first year when it starts later
 * in that year (labelled at the start), so the axis always says where it begins.
 */
export function yearMarks(model: TimelineModel): YearMark[] {
  const firstYear = dateOfDay(model.firstDay).getUTCFullYear();
  const lastYear = dateOfDay(model.lastDay).getUTCFullYear();
  const marks: YearMark[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const day = Math.max(model.firstDay, dayOfDate(new Date(Date.UTC(year, 0, 1))));
    marks.push({ year, day, position: dayToPosition(model, day) });
  }
  return marks;
}
