import type { DayNumber } from '../../data/dates';
import { clampDay, nextEvent, type TimelineModel } from './timelineController';

/**
 * The playback clock: a pure step function the animation loop calls once per frame. Time is
 * measured "at 1×": the clock runs `speed` times faster, so a faster speed shortens the travel
 * and the pauses alike, and a speed change mid-pause takes effect at once.
 */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/**
 * Travel time from the first to the last day at 1×, pauses not included. With the article's 49
 * update days the whole replay takes 9 s + 49 × 0.12 s ≈ 15 s at 1×: a short, steady film.
 */
export const FULL_RANGE_MS = 9_000;
/** How long playback holds on each event day at 1×: long enough to see the change land. */
export const EVENT_PAUSE_MS = 120;
/** Under reduced motion: time on each event before jumping to the next, at 1× (≈ 15 s in all). */
export const REDUCED_STEP_MS = 300;

export interface PlaybackState {
  /** The whole day on show. */
  day: DayNumber;
  /** Progress from `day` towards the next day, 0 ≤ carry < 1 (continuous motion only). */
  carry: number;
  /** Time still to hold on `day`, in ms at 1×. */
  pauseRemaining: number;
  /** Reached the last day with loop off; the loop should stop. */
  finished: boolean;
  /** How many times playback has wrapped back to the start. */
  laps: number;
}

export interface PlaybackOptions {
  loop?: boolean;
  /** Discrete steps from event to event instead of continuous motion. */
  reducedMotion?: boolean;
}

/** Whether `day` is one of the timeline's update days (binary search). */
export function isEventDay(model: TimelineModel, day: DayNumber): boolean {
  const days = model.eventDays;
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = days[mid]!;
    if (d === day) return true;
    if (d < day) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How long to hold on a day just reached, at 1×. */
function holdFor(model: TimelineModel, day: DayNumber, options: PlaybackOptions): number {
  if (options.reducedMotion) return REDUCED_STEP_MS;
  return isEventDay(model, day) ? EVENT_PAUSE_MS : 0;
}

/**
 * Lands on `day` with `leftover` time (at 1×) already spent there. The leftover counts
 * towards the hold, so frame timing does not drift; the call still ends here, so every event
 * day is returned by at least one call and reaches the map.
 */
function arrive(
  model: TimelineModel,
  day: DayNumber,
  leftover: number,
  laps: number,
  options: PlaybackOptions,
): PlaybackState {
  if (day >= model.lastDay && !options.loop)
    return { day: model.lastDay, carry: 0, pauseRemaining: 0, finished: true, laps };
  const pauseRemaining = Math.max(0, holdFor(model, day, options) - leftover);
  return { day, carry: 0, pauseRemaining, finished: false, laps };
}

/**
 * The state pressing Play starts from: the given day, or — at the end of the range — the
 * start again, holding on the first event so it is seen.
 */
export function startPlayback(
  model: TimelineModel,
  day: DayNumber,
  options: PlaybackOptions = {},
): PlaybackState {
  if (day >= model.lastDay) return arrive(model, model.firstDay, 0, 0, { ...options, loop: true });
  return { day: clampDay(model, day), carry: 0, pauseRemaining: 0, finished: false, laps: 0 };
}

/**
 * Moves playback on by `elapsedMs` of wall-clock time at `speed`: holds out the current pause,
 * then travels at (lastDay − firstDay) / FULL_RANGE_MS days per ms (× speed), stopping on the
 * next event day rather than passing it; at the last day it finishes, or wraps to the start
 * when looping. Under reduced motion it jumps from event to event every REDUCED_STEP_MS ÷
 * speed. Never leaves [firstDay, lastDay]; the day only decreases on a wrap (laps + 1).
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
  let budget = elapsedMs > 0 ? elapsedMs * rate : 0;
  if (Number.isNaN(budget)) budget = 0;

  const day = clampDay(model, state.day);
  const carry = day === state.day && state.carry > 0 && state.carry < 1 ? state.carry : 0;
  const laps = state.laps;

  if (state.pauseRemaining > 0) {
    if (budget < state.pauseRemaining)
      return { day, carry, pauseRemaining: state.pauseRemaining - budget, finished: false, laps };
    budget -= state.pauseRemaining;
  }

  if (day >= model.lastDay) {
    if (!options.loop) return { day: model.lastDay, carry: 0, pauseRemaining: 0, finished: true, laps };
    return arrive(model, model.firstDay, budget, laps + 1, options);
  }

  const target = nextEvent(model, day);
  if (options.reducedMotion) return arrive(model, target, budget, laps, options);

  const pace = (model.lastDay - model.firstDay) / FULL_RANGE_MS;
  const position = day + carry;
  const needed = (target - position) / pace;
  if (budget < needed) {
    const reached = position + budget * pace;
    const whole = Math.floor(reached);
    // Floating point can land a hair short of or on the target; arriving is the safe reading.
    if (whole < target)
      return { day: whole, carry: reached - whole, pauseRemaining: 0, finished: false, laps };
  }
  return arrive(model, target, Math.max(0, budget - needed), laps, options);
}
