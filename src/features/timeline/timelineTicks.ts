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

export interface YearLabel extends YearMark {
  /** Whether the year is written; every year keeps its small mark on the line. */
  labelled: boolean;
  /** Centred on 1 January; a range starting later in its first year writes it from the start. */
  align: 'centre' | 'start';
}

/** A year label's width (four 0.75rem tabular digits) and the least room between two, in rem. */
export const YEAR_LABEL_REM = 1.9;
export const YEAR_GAP_REM = 0.6;
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];

/**
 * Which years to write under a track `widthPx` wide: every year if they fit, else every 2nd,
 * 5th, 10th… (years divisible by the step), the fewest left out that keeps labels apart.
 * Width 0 (not measured yet) writes them all.
 */
export function labelYears(marks: readonly YearMark[], widthPx: number, remPx = 16): YearLabel[] {
  const align = (m: YearMark): YearLabel['align'] =>
    dayOfDate(new Date(Date.UTC(m.year, 0, 1))) === m.day ? 'centre' : 'start';
  if (!(widthPx > 0)) return marks.map((m) => ({ ...m, labelled: true, align: align(m) }));
  const label = YEAR_LABEL_REM * remPx;
  const gap = YEAR_GAP_REM * remPx;
  const left = (m: YearMark) => (align(m) === 'start' ? 0 : m.position * widthPx - label / 2);
  const apart = (a: YearMark, b: YearMark) => left(b) - left(a) >= label + gap;
  const januaries = marks.filter((m) => align(m) === 'centre');

  let kept = januaries;
  for (const step of YEAR_STEPS) {
    kept = januaries.filter((m) => m.year % step === 0);
    if (kept.every((m, i) => i === 0 || apart(kept[i - 1]!, m))) break;
  }
  const labelled = new Set(kept);
  const start = marks.find((m) => align(m) === 'start');
  if (start && (kept.length === 0 || apart(start, kept[0]!))) labelled.add(start);
  return marks.map((m) => ({ ...m, labelled: labelled.has(m), align: align(m) }));
}
