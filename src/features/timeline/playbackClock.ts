import type { DayNumber } from '../../data/dates';
import { clampDay, nextEvent, type TimelineModel } from './timelineController';

/**
 * The playback clock: a pure step function the animation loop calls once per frame. Paced by
 * calendar time, not by the number of update days, so a full playback takes about the same
 * time (PLAYBACK_MS at 1×) whether the dataset has 50 update days or 500. Time is measured "at
 * 1×": the clock runs `speed` times faster, so a faster speed shortens the travel and the holds
 * alike, and a speed change mid-hold takes effect at once.
 */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** Travel time from the first to the last day at 1×, holds not included. */
export const TRAVEL_MS = 14_000;
/** All the holds on update days together, at 1×: shared out, so more update days hold shorter. */
export const HOLD_BUDGET_MS = 6_000;
/** The longest hold on one update day (a sparse timeline): long enough to see the change land. */
export const MAX_EVENT_HOLD_MS = 120;
/** The shortest: about a 60 Hz frame, so every change is drawn (a dense timeline runs a little over budget). */
export const MIN_EVENT_HOLD_MS = 17;
/** A full playback at 1×: the travel and the hold budget, or the reduced-motion steps. */
export const PLAYBACK_MS = TRAVEL_MS + HOLD_BUDGET_MS;
/**
 * Under reduced motion: wall-clock time between two steps of the map, whatever the speed (two a
 * second, well under the three flashes a second WCAG allows). Speed sets how much calendar time
 * each step covers instead.
 */
export const REDUCED_STEP_MS = 500;

export interface PlaybackState {
  /** The whole day on show. */
  day: DayNumber;
  /** Progress from `day` towards the next day, 0 ≤ carry < 1 (continuous motion only). */
  carry: number;
  /**
   * The calendar position reached (fractional day). Under reduced motion it runs ahead of
   * `day`, which is then the last update day up to it; otherwise it is `day + carry`.
   */
  reached: number;
  /**
   * Time still to hold on `day`: in ms at 1× in continuous motion; in wall-clock ms under
   * reduced motion, whose steps keep one rhythm at every speed.
   */
  pauseRemaining: number;
  /** Reached the last day with loop off; the loop should stop. */
  finished: boolean;
  /** How many times playback has wrapped back to the start. */
  laps: number;
}

export interface PlaybackOptions {
  loop?: boolean;
  /** Discrete steps through calendar time instead of continuous motion. */
  reducedMotion?: boolean;
}

/** Whether `day` is one of the timeline's update days (binary search). */
export function isEventDay(model: TimelineModel, day: DayNumber): boolean {
  const i = indexAfter(model.eventDays, day);
  return i > 0 && model.eventDays[i - 1] === day;
}

/** Index of the first event day after `day` (eventDays.length when none). */
function indexAfter(days: readonly DayNumber[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The hold on each update day at 1×: HOLD_BUDGET_MS shared out, within [MIN, MAX]_EVENT_HOLD_MS. */
export function eventHoldMs(model: TimelineModel): number {
  const share = HOLD_BUDGET_MS / Math.max(1, model.eventDays.length);
  return Math.min(MAX_EVENT_HOLD_MS, Math.max(MIN_EVENT_HOLD_MS, share));
}

/** Calendar days one reduced-motion step covers at `rate`: PLAYBACK_MS crosses the range at 1×. */
export function reducedStepDays(model: TimelineModel, rate: number): number {
  return Math.max(1, ((model.lastDay - model.firstDay) * REDUCED_STEP_MS * rate) / PLAYBACK_MS);
}

function holdFor(model: TimelineModel, day: DayNumber, options: PlaybackOptions): number {
  if (options.reducedMotion) return REDUCED_STEP_MS;
  return isEventDay(model, day) ? eventHoldMs(model) : 0;
}

/**
 * Lands on `day` with `leftover` time already spent there. The leftover counts towards the
 * hold, so frame timing does not drift; the call still ends here, so every day a step lands
 * on is returned by at least one call and reaches the map.
 */
function arrive(
  model: TimelineModel,
  day: DayNumber,
  leftover: number,
  laps: number,
  options: PlaybackOptions,
  reached: number = day,
): PlaybackState {
  if (day >= model.lastDay && !options.loop)
    return { day: model.lastDay, carry: 0, reached: model.lastDay, pauseRemaining: 0, finished: true, laps };
  const pauseRemaining = Math.max(0, holdFor(model, day, options) - leftover);
  return { day, carry: 0, reached, pauseRemaining, finished: false, laps };
}

/**
 * The state pressing Play starts from: the given day, or — at the end of the range — the
 * start again, holding on it so it is seen.
 */
export function startPlayback(
  model: TimelineModel,
  day: DayNumber,
  options: PlaybackOptions = {},
): PlaybackState {
  if (day >= model.lastDay) return arrive(model, model.firstDay, 0, 0, { ...options, loop: true });
  const start = clampDay(model, day);
  return { day: start, carry: 0, reached: start, pauseRemaining: 0, finished: false, laps: 0 };
}

/**
 * Moves playback on by `elapsedMs` of wall-clock time at `speed`: holds out the current pause,
 * then travels at (lastDay − firstDay) / TRAVEL_MS days per ms (× speed), stopping on the next
 * update day for eventHoldMs rather than passing it; at the last day it finishes, or wraps to
 * the start when looping. Under reduced motion it steps every REDUCED_STEP_MS of wall time,
 * reducedStepDays further on each time, to the last update day so far (the map is cumulative,
 * so a skipped day loses nothing); a step with no update in it changes nothing on screen.
 * Never leaves [firstDay, lastDay]; the day only decreases on a wrap (laps + 1).
 */
export function advance(
  model: TimelineModel,
  state: PlaybackState,
  elapsedMs: number,
  speed: number,
  options: PlaybackOptions = {},
): PlaybackState {
  if (state.finished) return state;
  const rate = Number.isFinite(speed) && speed > 0 ? speed : 1;
  const wall = elapsedMs > 0 ? elapsedMs : 0;
  let budget = options.reducedMotion ? wall : wall * rate;
  if (Number.isNaN(budget)) budget = 0;

  const day = clampDay(model, state.day);
  const carry = day === state.day && state.carry > 0 && state.carry < 1 ? state.carry : 0;
  const reached = state.reached >= day && state.reached <= model.lastDay ? state.reached : day + carry;
  const laps = state.laps;

  if (state.pauseRemaining > 0) {
    if (budget < state.pauseRemaining)
      return { day, carry, reached, pauseRemaining: state.pauseRemaining - budget, finished: false, laps };
    budget -= state.pauseRemaining;
  }

  if (day >= model.lastDay) {
    if (!options.loop)
      return {
        day: model.lastDay,
        carry: 0,
        reached: model.lastDay,
        pauseRemaining: 0,
        finished: true,
        laps,
      };
    return arrive(model, model.firstDay, budget, laps + 1, options);
  }

  if (options.reducedMotion) {
    const to = Math.min(model.lastDay, reached + reducedStepDays(model, rate));
    const shown = to >= model.lastDay ? model.lastDay : lastEventUpTo(model, day, to);
    return arrive(model, shown, budget, laps, options, to);
  }

  const target = nextEvent(model, day);
  const pace = (model.lastDay - model.firstDay) / TRAVEL_MS;
  const position = day + carry;
  const needed = (target - position) / pace;
  if (budget < needed) {
    const at = position + budget * pace;
    const whole = Math.floor(at);
    // Floating point can land a hair short of or on the target; arriving is the safe reading.
    if (whole < target) {
      const rest = at - whole;
      return { day: whole, carry: rest, reached: whole + rest, pauseRemaining: 0, finished: false, laps };
    }
  }
  return arrive(model, target, Math.max(0, budget - needed), laps, options);
}

/** The last update day in (day, to], else `day` itself. */
function lastEventUpTo(model: TimelineModel, day: DayNumber, to: number): DayNumber {
  const last = model.eventDays[indexAfter(model.eventDays, to) - 1];
  return last !== undefined && last > day ? last : day;
}
