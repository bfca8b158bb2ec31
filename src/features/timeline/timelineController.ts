import { dateOfDay, dayOfDate, type DatePrecision, type DayNumber } from '../../data/dates';

/**
 * The headless timeline (after Our World in Data grapher's TimelineController): where the
 * slider can go and how it gets there, as pure functions of the dataset's event days. No DOM,
 * no React; every function returns a new value and never mutates its input.
 */
export interface TimelineModel {
  /** Days that have at least one update, ascending, without duplicates. */
  readonly eventDays: readonly DayNumber[];
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  /**
   * Update days whose updates all give only a month or a year ("2024"): the date shows so, not
   * as "1 January 2024". Days with a full date are not listed.
   */
  readonly coarseDays?: ReadonlyMap<DayNumber, DatePrecision>;
}

const FINER: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/** Builds the model from the index's events; `firstDay`/`lastDay` bound the slider. */
export function createTimelineModel(
  events: readonly { day: DayNumber; updates?: readonly { precision: DatePrecision }[] }[],
  firstDay: DayNumber,
  lastDay: DayNumber,
): TimelineModel {
  const lo = Math.min(firstDay, lastDay);
  const hi = Math.max(firstDay, lastDay);
  const eventDays = [...new Set(events.map((e) => e.day))].filter((d) => d >= lo && d <= hi);
  eventDays.sort((a, b) => a - b);
  const coarseDays = new Map<DayNumber, DatePrecision>();
  for (const { day, updates = [] } of events) {
    if (updates.length === 0) continue;
    const finest = updates.reduce<DatePrecision>(
      (p, u) => (FINER[u.precision] < FINER[p] ? u.precision : p),
      'year',
    );
    if (finest !== 'day') coarseDays.set(day, finest);
  }
  return { eventDays, firstDay: lo, lastDay: hi, coarseDays };
}

/** A whole day inside [firstDay, lastDay]; NaN falls back to the first day. */
export function clampDay(model: TimelineModel, day: number): DayNumber {
  if (Number.isNaN(day)) return model.firstDay;
  return Math.min(model.lastDay, Math.max(model.firstDay, Math.round(day)));
}

/** Index of the first event day strictly after `day` (eventDays.length when none). */
function firstAfter(days: readonly DayNumber[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first event day after `day`; past the last event, the end of the range. */
export function nextEvent(model: TimelineModel, day: DayNumber): DayNumber {
  const next = model.eventDays[firstAfter(model.eventDays, day)];
  return next === undefined ? model.lastDay : clampDay(model, next);
}

/** The last event day before `day`; before the first event, the start of the range. */
export function previousEvent(model: TimelineModel, day: DayNumber): DayNumber {
  // The last event strictly before `day` sits just before the first one at or after it.
  const i = firstAfter(model.eventDays, day - 1) - 1;
  const previous = model.eventDays[i];
  return previous === undefined ? model.firstDay : clampDay(model, previous);
}

/** 0 at the first day, 1 at the last; days outside the range are clamped. */
export function dayToPosition(model: TimelineModel, day: DayNumber): number {
  const span = model.lastDay - model.firstDay;
  if (span <= 0) return 0;
  return (clampDay(model, day) - model.firstDay) / span;
}

/** The whole day at a position along the slider (clamped to 0..1). */
export function positionToDay(model: TimelineModel, position: number): DayNumber {
  const p = Number.isNaN(position) ? 0 : Math.min(1, Math.max(0, position));
  return clampDay(model, model.firstDay + p * (model.lastDay - model.firstDay));
}

/**
 * The same calendar day one year later (`direction` 1) or earlier (-1), clamped to the range.
 * 29 February becomes 28 February in a common year rather than rolling into March.
 */
export function stepYear(model: TimelineModel, day: DayNumber, direction: 1 | -1): DayNumber {
  const d = dateOfDay(clampDay(model, day));
  const year = d.getUTCFullYear() + direction;
  const month = d.getUTCMonth();
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = dayOfDate(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastOfMonth))));
  return clampDay(model, target);
}

/**
 * The nearest event day when one lies within `toleranceDays` of `day` (ties go to the earlier
 * one), else `day` itself as a whole, clamped day. Dragging uses a tolerance of a few pixels'
 * worth of days, so a thumb dropped next to a tick lands on the update, not beside it.
 */
export function snap(model: TimelineModel, day: number, toleranceDays = Number.POSITIVE_INFINITY): DayNumber {
  const clamped = clampDay(model, day);
  const days = model.eventDays;
  const i = firstAfter(days, day);
  let best: DayNumber | undefined;
  for (const candidate of [days[i - 1], days[i]]) {
    if (candidate === undefined) continue;
    if (best === undefined || Math.abs(candidate - day) < Math.abs(best - day)) best = candidate;
  }
  return best !== undefined && Math.abs(best - day) <= toleranceDays ? clampDay(model, best) : clamped;
}

/** The slider's keys (WAI-ARIA slider pattern, with arrows moving between events). */
export type SliderKey =
  'ArrowRight' | 'ArrowUp' | 'ArrowLeft' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** Where a key moves the slider from `day`; null for keys the slider does not handle. */
export function dayForKey(model: TimelineModel, day: DayNumber, key: string): DayNumber | null {
  switch (key as SliderKey) {
    case 'ArrowRight':
    case 'ArrowUp':
      return nextEvent(model, day);
    case 'ArrowLeft':
    case 'ArrowDown':
      return previousEvent(model, day);
    case 'PageUp':
      return stepYear(model, day, 1);
    case 'PageDown':
      return stepYear(model, day, -1);
    case 'Home':
      return model.firstDay;
    case 'End':
      return model.lastDay;
    default:
      return null;
  }
}

export interface DayRange {
  from: DayNumber;
  to: DayNumber;
}

/** Two days as an ordered range inside the timeline, whichever order they come in. */
export function normaliseRange(model: TimelineModel, a: number, b: number): DayRange {
  const x = clampDay(model, a);
  const y = clampDay(model, b);
  return x <= y ? { from: x, to: y } : { from: y, to: x };
}

/**
 * Moves one handle of a compare range. A handle stops at the other one instead of crossing
 * it, so the handle a reader holds (and its label, A or B) keeps meaning "from" or "to".
 */
export function moveHandle(
  model: TimelineModel,
  range: DayRange,
  handle: 'from' | 'to',
  day: number,
): DayRange {
  const r = normaliseRange(model, range.from, range.to);
  const d = clampDay(model, day);
  return handle === 'from'
    ? { from: Math.min(d, r.to), to: r.to }
    : { from: r.from, to: Math.max(d, r.from) };
}

/**
 * The handles compare mode opens with: A on the first event, B on the day being shown — or
 * on the last day when the reader is at the very start, so the range is never empty.
 */
export function defaultCompareRange(model: TimelineModel, current: DayNumber): DayRange {
  const from = model.eventDays[0] ?? model.firstDay;
  const to = clampDay(model, current);
  return normaliseRange(model, from, to > from ? to : model.lastDay);
}
