import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, formatDay } from '../../src/data/dates';
import { createIndex } from '../../src/data/createIndex';
import { validateDataset, formatProblems } from '../../src/data/validateDataset';
import {
  clampDay,
  createTimelineModel,
  dayForKey,
  dayToPosition,
  defaultCompareRange,
  moveHandle,
  nextEvent,
  normaliseRange,
  positionToDay,
  previousEvent,
  snap,
  stepYear,
  type TimelineModel,
} from '../../src/features/timeline/timelineController';
import {
  EVENT_PAUSE_MS,
  FULL_RANGE_MS,
  REDUCED_STEP_MS,
  advance,
  startPlayback,
  type PlaybackOptions,
  type PlaybackState,
} from '../../src/features/timeline/playbackClock';
import { eventTicks, yearMarks } from '../../src/features/timeline/timelineTicks';
import { tickHeight, tickPaths, TICKS_BASELINE_PX } from '../../src/features/timeline/tickPaths';
import { changedBetween } from '../../src/features/timeline/changedBetween';
import { captionAt } from '../../src/features/timeline/captionAt';
import { compareStatuses } from '../../src/features/map/compareStatuses';
import { groupChanges } from '../../src/features/timeline/groupChanges';

const day = (s: string) => {
  const d = parseDate(s);
  if (!d) throw new Error(s);
  return d.day;
};

// Events on 2019-02-01, 2019-07-15, 2020-07-15 and 2021-01-01, in a 2019-01-01..2021-12-31 range.
const EVENTS = ['2019-02-01', '2019-07-15', '2020-07-15', '2021-01-01'].map((d) => ({ day: day(d) }));
const model: TimelineModel = createTimelineModel(EVENTS, day('2019-01-01'), day('2021-12-31'));
const SPAN = model.lastDay - model.firstDay;

function realIndex() {
  const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return createIndex(result.dataset);
}

describe('stepping between events', () => {
  it('goes to the next event from before, on and between events', () => {
    expect(formatDay(nextEvent(model, day('2019-01-01')))).toBe('2019-02-01');
    expect(formatDay(nextEvent(model, day('2019-02-01')))).toBe('2019-07-15');
    expect(formatDay(nextEvent(model, day('2019-03-10')))).toBe('2019-07-15');
  });
  it('goes to the previous event from after, on and between events', () => {
    expect(formatDay(previousEvent(model, day('2021-12-31')))).toBe('2021-01-01');
    expect(formatDay(previousEvent(model, day('2020-07-15')))).toBe('2019-07-15');
    expect(formatDay(previousEvent(model, day('2020-01-01')))).toBe('2019-07-15');
  });
  it('stops at the ends of the range beyond the first and last events', () => {
    expect(formatDay(nextEvent(model, day('2021-01-01')))).toBe('2021-12-31');
    expect(formatDay(nextEvent(model, day('2021-12-31')))).toBe('2021-12-31');
    expect(formatDay(nextEvent(model, day('2030-01-01')))).toBe('2021-12-31');
    expect(formatDay(previousEvent(model, day('2019-02-01')))).toBe('2019-01-01');
    expect(formatDay(previousEvent(model, day('2019-01-01')))).toBe('2019-01-01');
    expect(formatDay(previousEvent(model, day('2000-01-01')))).toBe('2019-01-01');
  });
  it('maps the slider keys', () => {
    const d = day('2020-07-15');
    expect(dayForKey(model, d, 'ArrowRight')).toBe(day('2021-01-01'));
    expect(dayForKey(model, d, 'ArrowUp')).toBe(day('2021-01-01'));
    expect(dayForKey(model, d, 'ArrowLeft')).toBe(day('2019-07-15'));
    expect(dayForKey(model, d, 'ArrowDown')).toBe(day('2019-07-15'));
    expect(dayForKey(model, d, 'PageUp')).toBe(day('2021-07-15'));
    expect(dayForKey(model, d, 'PageDown')).toBe(day('2019-07-15'));
    expect(dayForKey(model, d, 'Home')).toBe(model.firstDay);
    expect(dayForKey(model, d, 'End')).toBe(model.lastDay);
    expect(dayForKey(model, d, 'a')).toBeNull();
  });
  it('steps a year, keeping the calendar day and clamping to the range', () => {
    expect(formatDay(stepYear(model, day('2019-03-10'), 1))).toBe('2020-03-10');
    expect(formatDay(stepYear(model, day('2020-02-29'), 1))).toBe('2021-02-28');
    expect(formatDay(stepYear(model, day('2021-06-01'), 1))).toBe('2021-12-31');
    expect(formatDay(stepYear(model, day('2019-06-01'), -1))).toBe('2019-01-01');
  });
  it('snaps to the nearest event within a tolerance', () => {
    expect(formatDay(snap(model, day('2019-07-13')))).toBe('2019-07-15');
    expect(formatDay(snap(model, day('2019-07-13'), 3))).toBe('2019-07-15');
    expect(formatDay(snap(model, day('2019-07-10'), 3))).toBe('2019-07-10');
    expect(formatDay(snap(model, day('2019-07-10') + 0.4, 0))).toBe('2019-07-10');
    expect(formatDay(snap(model, day('2018-01-01'), 3))).toBe('2019-01-01');
  });
});

describe('position ↔ day', () => {
  it('maps the ends to 0 and 1 and round-trips every day', () => {
    expect(dayToPosition(model, model.firstDay)).toBe(0);
    expect(dayToPosition(model, model.lastDay)).toBe(1);
    for (let d = model.firstDay; d <= model.lastDay; d++)
      expect(positionToDay(model, dayToPosition(model, d))).toBe(d);
  });
  it('clamps out-of-range days and positions', () => {
    expect(dayToPosition(model, model.firstDay - 100)).toBe(0);
    expect(dayToPosition(model, model.lastDay + 100)).toBe(1);
    expect(positionToDay(model, -0.5)).toBe(model.firstDay);
    expect(positionToDay(model, 7)).toBe(model.lastDay);
    expect(positionToDay(model, Number.NaN)).toBe(model.firstDay);
    expect(clampDay(model, model.firstDay + 10.6)).toBe(model.firstDay + 11);
  });
  it('copes with a one-day range', () => {
    const one = createTimelineModel([{ day: 100 }], 100, 100);
    expect(dayToPosition(one, 100)).toBe(0);
    expect(positionToDay(one, 0.7)).toBe(100);
  });
});

describe('compare ranges', () => {
  it('orders and clamps two days', () => {
    expect(normaliseRange(model, day('2021-01-01'), day('2019-07-15'))).toEqual({
      from: day('2019-07-15'),
      to: day('2021-01-01'),
    });
    expect(normaliseRange(model, day('2000-01-01'), day('2030-01-01'))).toEqual({
      from: model.firstDay,
      to: model.lastDay,
    });
  });
  it('stops a handle at the other one instead of crossing it', () => {
    const r = { from: day('2019-07-15'), to: day('2020-07-15') };
    expect(moveHandle(model, r, 'from', day('2021-01-01'))).toEqual({ from: r.to, to: r.to });
    expect(moveHandle(model, r, 'to', day('2019-02-01'))).toEqual({ from: r.from, to: r.from });
    expect(moveHandle(model, r, 'to', day('2030-01-01'))).toEqual({ from: r.from, to: model.lastDay });
    expect(r).toEqual({ from: day('2019-07-15'), to: day('2020-07-15') }); // not mutated
  });
  it('opens on the first event and the current day, never on an empty range', () => {
    expect(defaultCompareRange(model, day('2020-07-15'))).toEqual({
      from: day('2019-02-01'),
      to: day('2020-07-15'),
    });
    expect(defaultCompareRange(model, day('2019-01-01'))).toEqual({
      from: day('2019-02-01'),
      to: model.lastDay,
    });
  });
});

/** Runs the clock in fixed frames until `until` says stop; returns every state seen. */
function run(
  start: PlaybackState,
  frameMs: number,
  speed: number,
  options: PlaybackOptions,
  until: (s: PlaybackState, elapsed: number) => boolean,
) {
  const states = [start];
  let s = start;
  let elapsed = 0;
  while (!until(s, elapsed)) {
    s = advance(model, s, frameMs, speed, options);
    elapsed += frameMs;
    states.push(s);
    if (elapsed > 10 * 60_000) throw new Error('playback never finished');
  }
  return { states, elapsed, last: s };
}

describe('playback clock', () => {
  const eventDays = EVENTS.map((e) => e.day);
  const fromStart = (): PlaybackState => ({
    day: model.firstDay,
    carry: 0,
    pauseRemaining: 0,
    finished: false,
    laps: 0,
  });

  it('crosses the whole range in FULL_RANGE_MS at 1×, plus a pause on each event', () => {
    const { elapsed, last } = run(fromStart(), 4, 1, {}, (s) => s.finished);
    expect(last.day).toBe(model.lastDay);
    expect(elapsed).toBeGreaterThanOrEqual(FULL_RANGE_MS + eventDays.length * EVENT_PAUSE_MS);
    expect(elapsed).toBeLessThanOrEqual(FULL_RANGE_MS + eventDays.length * EVENT_PAUSE_MS + 8);
  });

  it('takes half the 1× time at 2× and a quarter at 4×', () => {
    const t1 = run(fromStart(), 2, 1, {}, (s) => s.finished).elapsed;
    const t2 = run(fromStart(), 2, 2, {}, (s) => s.finished).elapsed;
    const t4 = run(fromStart(), 2, 4, {}, (s) => s.finished).elapsed;
    expect(t2).toBeGreaterThanOrEqual((FULL_RANGE_MS + eventDays.length * EVENT_PAUSE_MS) / 2);
    expect(t2).toBeLessThanOrEqual(t1 / 2 + 8);
    expect(t4).toBeLessThanOrEqual(t1 / 4 + 8);
  });

  it('moves at (lastDay − firstDay) / FULL_RANGE_MS days per ms between events', () => {
    const s = advance(model, fromStart(), 100, 1);
    expect(s.day + s.carry - model.firstDay).toBeCloseTo((SPAN / FULL_RANGE_MS) * 100, 6);
    const fast = advance(model, fromStart(), 50, 4);
    expect(fast.day + fast.carry - model.firstDay).toBeCloseTo((SPAN / FULL_RANGE_MS) * 200, 6);
  });

  it('holds on each event day for EVENT_PAUSE_MS ÷ speed', () => {
    const toFirst = (eventDays[0]! - model.firstDay) / (SPAN / FULL_RANGE_MS);
    const arrived = advance(model, fromStart(), toFirst + 1, 1);
    expect(arrived.day).toBe(eventDays[0]);
    expect(arrived.pauseRemaining).toBeCloseTo(EVENT_PAUSE_MS - 1, 6);
    // Still there just before the pause ends (at 2×, half the remaining pause in wall time)…
    const half = (EVENT_PAUSE_MS - 1) / 2;
    expect(advance(model, arrived, half - 1, 2).day).toBe(eventDays[0]);
    // …and moving on after it.
    expect(advance(model, arrived, half + 10, 2).day).toBeGreaterThan(eventDays[0]!);
  });

  it('never skips an event day, however long the frames', () => {
    for (const frame of [1, 16, 250, 5_000, 60_000])
      for (const speed of [0.5, 1, 2, 4]) {
        const seen = new Set(run(fromStart(), frame, speed, {}, (s) => s.finished).states.map((s) => s.day));
        for (const d of eventDays) expect(seen).toContain(d);
      }
  });

  it('clamps at the end without loop, and stays finished', () => {
    const { last } = run(fromStart(), 50, 4, {}, (s) => s.finished);
    expect(last).toMatchObject({ day: model.lastDay, finished: true });
    expect(advance(model, last, 10_000, 1)).toBe(last);
  });

  it('wraps to the start with loop, holding on the first event', () => {
    const { states } = run(fromStart(), 16, 4, { loop: true }, (s) => s.laps >= 1);
    const wrapped = states[states.length - 1]!;
    expect(wrapped.day).toBe(model.firstDay);
    expect(wrapped.finished).toBe(false);
    expect(states.some((s) => s.finished)).toBe(false);
    expect(states.some((s) => s.day === model.lastDay)).toBe(true);
  });

  it('restarts from the start when Play is pressed at the end', () => {
    const s = startPlayback(model, model.lastDay);
    expect(s).toMatchObject({ day: model.firstDay, finished: false, laps: 0 });
    expect(startPlayback(model, day('2020-01-01'))).toMatchObject({
      day: day('2020-01-01'),
      pauseRemaining: 0,
    });
  });

  it('under reduced motion, jumps from event to event every REDUCED_STEP_MS ÷ speed', () => {
    const options = { reducedMotion: true };
    let s = startPlayback(model, model.firstDay, options);
    s = advance(model, s, 1, 1, options);
    expect(s.day).toBe(eventDays[0]); // the first step comes at once: Play does something
    expect(s.pauseRemaining).toBeCloseTo(REDUCED_STEP_MS - 1, 6);
    const wall = (REDUCED_STEP_MS - 1) / 2; // at 2×, the rest of the step in wall time
    const held = advance(model, s, wall - 10, 2, options); // not yet
    expect(held.day).toBe(eventDays[0]);
    const stepped = advance(model, held, 15, 2, options);
    expect(stepped.day).toBe(eventDays[1]); // straight there: no day in between
    const { states } = run(s, 16, 1, options, (x) => x.finished);
    const days = [...new Set(states.map((x) => x.day))];
    expect(days).toEqual([...eventDays, model.lastDay]);
  });

  it('stays in range and only goes back on a loop wrap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: model.firstDay - 50, max: model.lastDay + 50 }),
        fc.array(
          fc.record({
            elapsed: fc.oneof(fc.double({ min: 0, max: 20_000, noNaN: true }), fc.constant(-5)),
            speed: fc.constantFrom(0.5, 1, 2, 4),
            loop: fc.boolean(),
            reducedMotion: fc.boolean(),
          }),
          { maxLength: 200 },
        ),
        (startDay, frames) => {
          let s = startPlayback(model, startDay);
          expect(s.day).toBeGreaterThanOrEqual(model.firstDay);
          expect(s.day).toBeLessThanOrEqual(model.lastDay);
          for (const f of frames) {
            const next = advance(model, s, f.elapsed, f.speed, f);
            expect(next.day).toBeGreaterThanOrEqual(model.firstDay);
            expect(next.day).toBeLessThanOrEqual(model.lastDay);
            expect(Number.isInteger(next.day)).toBe(true);
            expect(next.carry).toBeGreaterThanOrEqual(0);
            expect(next.carry).toBeLessThan(1);
            expect(next.pauseRemaining).toBeGreaterThanOrEqual(0);
            if (next.day < s.day) expect(next.laps).toBe(s.laps + 1);
            else expect(next.laps).toBe(s.laps);
            // Whatever the frame, no event day between two states is jumped over.
            if (next.laps === s.laps)
              expect(EVENTS.some((e) => e.day > s.day && e.day < next.day)).toBe(false);
            s = next;
          }
        },
      ),
    );
  });
});

describe('with the real dataset', () => {
  const index = realIndex();
  const real = createTimelineModel(index.events, index.firstDay, index.lastDay);

  it('ticks every event day with its update count, and labels each year once', () => {
    const ticks = eventTicks(real, index.events);
    expect(ticks.map((t) => t.day)).toEqual(index.events.map((e) => e.day));
    expect(ticks.reduce((n, t) => n + t.count, 0)).toBe(index.timeline.length);
    const years = yearMarks(real).map((y) => y.year);
    expect(years).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it('draws each tick once, where its day is, as tall as its update count, stronger when it sets a status', () => {
    const ticks = eventTicks(real, index.events);
    const { plain, status } = tickPaths(ticks);
    // Each path is a run of "M x baseline v -height" strokes.
    const strokes = (d: string) =>
      [...d.matchAll(/M([\d.]+) (\d+)v-(\d+)/g)].map(([, x, y, h]) => ({ x: +x!, y: +y!, h: +h! }));
    const drawn = [...strokes(plain), ...strokes(status)];
    expect(drawn).toHaveLength(ticks.length);
    expect(strokes(status)).toHaveLength(ticks.filter((t) => t.setsStatus).length);
    for (const t of ticks) {
      const stroke = (t.setsStatus ? strokes(status) : strokes(plain)).find(
        (s) => Math.abs(s.x - t.position * 1000) < 0.01,
      );
      expect(stroke).toEqual({ x: stroke!.x, y: TICKS_BASELINE_PX, h: tickHeight(t.count) });
    }
    expect(tickHeight(1)).toBe(8);
    expect(tickHeight(50)).toBe(22);
  });

  it('flags only statuses that really changed as playback crosses events', () => {
    // 15 July 2020: the United Kingdom goes from restricted to banned.
    expect(changedBetween(index, day('2020-07-14'), day('2020-07-15'))).toEqual(['GBR']);
    // Canada's 15 July 2019 update restates "debating": no outline.
    expect(changedBetween(index, day('2019-07-14'), day('2019-07-15'))).toEqual([]);
    expect(changedBetween(index, day('2020-07-15'), day('2019-01-01'))).toEqual([]);
  });

  it('captions the latest update reached', () => {
    const c = captionAt(index, day('2020-07-16'))!;
    expect(c.day).toBe(day('2020-07-15'));
    expect(c.statuses).toEqual([{ id: 'GBR', name: 'United Kingdom', status: 'banned', unchanged: false }]);
    expect(c.source).toBe('Reuters');
    expect(captionAt(index, day('2019-07-15'))!.statuses[0]).toMatchObject({ id: 'CAN', unchanged: true });
    expect(captionAt(index, index.firstDay - 1)).toBeNull();
  });

  it('groups compare changes from → to', () => {
    const changes = compareStatuses(index, day('2020-02-01'), day('2021-12-31'));
    expect(changes).toContainEqual({ id: 'GBR', from: 'restricted', to: 'banned' });
    expect(changes.every((c) => c.from !== c.to)).toBe(true);
    const groups = groupChanges(changes, (id) => index.entities.get(id)?.name ?? id, 'en');
    const toBanned = groups.filter((g) => g.to === 'banned');
    expect(groups[0]!.to).toBe('banned');
    expect(toBanned.flatMap((g) => g.names)).toEqual(expect.arrayContaining(['Sweden', 'United Kingdom']));
  });
});
