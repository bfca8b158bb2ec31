import type { Transition } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import type { StatusOrNone } from '../../data/status';

/** One stretch of the timeline during which an entity kept the same status. */
export interface StatusRun {
  status: StatusOrNone;
  /** First day of the run. */
  from: DayNumber;
  /** First day after the run (the next run's `from`, or the day after the timeline ends). */
  to: DayNumber;
}

/**
 * Cuts the timeline [firstDay, lastDay] into runs of one status, for the panel's history strip.
 * Consecutive transitions to the same status merge into one run ("debating" re-confirmed three
 * times is one stretch of debate), and the stretch before the first transition is `none`.
 * Transitions outside the timeline are clamped to it; an empty timeline gives one `none` run.
 */
export function statusRuns(
  transitions: readonly Pick<Transition, 'day' | 'status'>[],
  firstDay: DayNumber,
  lastDay: DayNumber,
): StatusRun[] {
  const end = Math.max(firstDay, lastDay) + 1;
  const runs: StatusRun[] = [];
  const add = (status: StatusOrNone, day: DayNumber) => {
    const from = Math.min(Math.max(day, firstDay), end);
    let last = runs[runs.length - 1];
    // A transition on (or clamped to) the day the previous run starts replaces that run.
    if (last && from <= last.from) {
      runs.pop();
      last = runs[runs.length - 1];
    }
    if (last && last.status === status) {
      last.to = end;
      return;
    }
    if (last) last.to = from;
    runs.push({ status, from, to: end });
  };
  add('none', firstDay);
  for (const t of transitions) add(t.status, t.day);
  // Transitions after the timeline's end leave empty runs there.
  return runs.filter((r) => r.to > r.from);
}
