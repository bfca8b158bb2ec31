import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, formatDay } from '../../../src/data/dates';
import { createIndex } from '../../../src/data/createIndex';
import { validateDataset, formatProblems } from '../../../src/data/validateDataset';
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
} from '../../../src/features/timeline/timelineController';
import {
  HOLD_BUDGET_MS,
  MAX_EVENT_HOLD_MS,
  MIN_EVENT_HOLD_MS,
  REDUCED_STEP_MS,
  TRAVEL_MS,
  advance,
  eventHoldMs,
  reducedStepDays,
  startPlayback,
  type PlaybackOptions,
  type PlaybackState,
} from '../../../src/features/timeline/playbackClock';
import {
  eventTicks,
  labelYears,
  yearMarks,
  type EventTick,
} from '../../../src/features/timeline/timelineTicks';
import {
  TICK_BIN_PX,
  tickHeight,
  tickPaths,
  TICKS_BASELINE_PX,
} from '../../../src/features/timeline/tickPaths';
import { changedBetween } from '../../../src/features/timeline/changedBetween';
import { captionAt } from '../../../src/features/timeline/captionAt';
import {
  captionLines,
  captionSpoken,
  captionTitle,
  fitLine,
} from '../../../src/features/timeline/captionText';
import { compareStatuses } from '../../../src/data/compareStatuses';
import { groupChanges } from '../../../src/features/timeline/groupChanges';
import { indexOf } from '../../timelineDatasets';

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
  m: TimelineModel,
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
    s = advance(m, s, frameMs, speed, options);
    elapsed += frameMs;
    states.push(s);
    if (elapsed > 10 * 60_000) throw new Error('playback never finished');
  }
  return { states, elapsed, last: s };
}

/** Wall-clock ms of Play from the first day to the end, in 16 ms frames. */
function fullPlayback(m: TimelineModel, speed: number, options: PlaybackOptions = {}): number {
  return run(m, startPlayback(m, m.firstDay, options), 16, speed, options, (s) => s.finished).elapsed;
}

/** `n` update days from `from` to `to`, half of them in bursts as news comes (seeded: the same every run). */
function modelWith(n: number, from: string, to: string): TimelineModel {
  let seed = n;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  const first = day(from);
  const last = day(to);
  const days: number[] = [];
  const seen = new Set<number>();
  while (days.length < n) {
    const near = days[Math.floor(random() * days.length)];
    const d =
      near !== undefined && random() < 0.5
        ? Math.min(last, near + 1 + Math.floor(random() * 10))
        : first + Math.floor(random() * (last - first + 1));
    if (seen.has(d)) continue;
    days.push(d);
    seen.add(d);
  }
  return createTimelineModel(
    days.map((d) => ({ day: d })),
    first,
    last,
  );
}

describe('playback clock', () => {
  const eventDays = EVENTS.map((e) => e.day);
  const fromStart = (): PlaybackState => ({
    day: model.firstDay,
    carry: 0,
    reached: model.firstDay,
    pauseRemaining: 0,
    finished: false,
    laps: 0,
  });

  it('crosses the whole range in TRAVEL_MS at 1×, plus a hold on each update day', () => {
    const { elapsed, last } = run(model, fromStart(), 4, 1, {}, (s) => s.finished);
    expect(last.day).toBe(model.lastDay);
    expect(elapsed).toBeGreaterThanOrEqual(TRAVEL_MS + eventDays.length * eventHoldMs(model));
    expect(elapsed).toBeLessThanOrEqual(TRAVEL_MS + eventDays.length * eventHoldMs(model) + 8);
  });

  it('shares HOLD_BUDGET_MS out among the update days, never less than a frame', () => {
    expect(eventHoldMs(model)).toBe(MAX_EVENT_HOLD_MS); // 4 days: the budget would allow far more
    expect(eventHoldMs(modelWith(100, '2018-01-01', '2026-05-27'))).toBe(HOLD_BUDGET_MS / 100);
    expect(eventHoldMs(modelWith(1_000, '2018-01-01', '2026-05-27'))).toBe(MIN_EVENT_HOLD_MS);
    expect(MIN_EVENT_HOLD_MS).toBeGreaterThanOrEqual(1000 / 60);
  });

  it('plays the whole timeline at 1× in 15–30 s, with 49 update days or 400, moving or in steps; 2× takes half that', () => {
    const article = modelWith(49, '2018-01-01', '2022-06-29');
    const story = modelWith(400, '2018-01-01', '2026-05-27');
    expect([article.eventDays.length, story.eventDays.length]).toEqual([49, 400]);
    for (const m of [article, story])
      for (const options of [{}, { reducedMotion: true }]) {
        const once = fullPlayback(m, 1, options);
        expect(once).toBeGreaterThanOrEqual(15_000);
        expect(once).toBeLessThanOrEqual(30_000);
        expect(fullPlayback(m, 2, options) / once).toBeCloseTo(0.5, 1);
      }
  });

  it('moves at (lastDay − firstDay) / TRAVEL_MS days per ms between events', () => {
    const s = advance(model, fromStart(), 100, 1);
    expect(s.day + s.carry - model.firstDay).toBeCloseTo((SPAN / TRAVEL_MS) * 100, 6);
    const fast = advance(model, fromStart(), 50, 4);
    expect(fast.day + fast.carry - model.firstDay).toBeCloseTo((SPAN / TRAVEL_MS) * 200, 6);
  });

  it('holds on each event day for its hold ÷ speed', () => {
    const hold = eventHoldMs(model);
    const toFirst = (eventDays[0]! - model.firstDay) / (SPAN / TRAVEL_MS);
    const arrived = advance(model, fromStart(), toFirst + 1, 1);
    expect(arrived.day).toBe(eventDays[0]);
    expect(arrived.pauseRemaining).toBeCloseTo(hold - 1, 6);
    // Still there just before the hold ends (at 2×, half the remaining hold in wall time)…
    const half = (hold - 1) / 2;
    expect(advance(model, arrived, half - 1, 2).day).toBe(eventDays[0]);
    // …and moving on after it.
    expect(advance(model, arrived, half + 10, 2).day).toBeGreaterThan(eventDays[0]!);
  });

  it('never skips an event day, however long the frames', () => {
    for (const frame of [1, 16, 250, 5_000, 60_000])
      for (const speed of [0.5, 1, 2, 4]) {
        const seen = new Set(
          run(model, fromStart(), frame, speed, {}, (s) => s.finished).states.map((s) => s.day),
        );
        for (const d of eventDays) expect(seen).toContain(d);
      }
  });

  it('clamps at the end without loop, and stays finished', () => {
    const { last } = run(model, fromStart(), 50, 4, {}, (s) => s.finished);
    expect(last).toMatchObject({ day: model.lastDay, finished: true });
    expect(advance(model, last, 10_000, 1)).toBe(last);
  });

  it('wraps to the start with loop, holding on the first event', () => {
    const { states } = run(model, fromStart(), 16, 4, { loop: true }, (s) => s.laps >= 1);
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

  describe('under reduced motion', () => {
    const options = { reducedMotion: true };

    it('steps at once, then every REDUCED_STEP_MS of wall time at any speed: never 3 changes a second', () => {
      const s = advance(model, startPlayback(model, day('2019-01-20'), options), 1, 1, options);
      expect(s.day).toBe(eventDays[0]); // the first step comes at once: Play does something
      expect(s.pauseRemaining).toBe(REDUCED_STEP_MS - 1);
      for (const speed of [0.5, 1, 2, 4]) {
        const { states } = run(
          model,
          startPlayback(model, model.firstDay),
          16,
          speed,
          options,
          (x) => x.finished,
        );
        const changes = states.flatMap((x, i) => (i > 0 && x.day !== states[i - 1]!.day ? [i * 16] : []));
        expect(changes.length).toBeGreaterThan(2);
        for (let i = 1; i < changes.length; i++)
          expect(changes[i]! - changes[i - 1]!).toBeGreaterThanOrEqual(REDUCED_STEP_MS - 16); // one frame
      }
    });

    it('covers reducedStepDays per step, × speed, and lands on the last update day it passed', () => {
      // Ten update days in a row: one step passes them all and shows the last.
      const first = day('2020-01-01');
      const busy = createTimelineModel(
        Array.from({ length: 10 }, (_, i) => ({ day: first + 30 + i })),
        first,
        first + 2_000,
      );
      expect(reducedStepDays(busy, 1)).toBeCloseTo(
        (2_000 * REDUCED_STEP_MS) / (TRAVEL_MS + HOLD_BUDGET_MS),
        6,
      );
      expect(reducedStepDays(busy, 2)).toBeCloseTo(2 * reducedStepDays(busy, 1), 6);
      const stepped = advance(busy, startPlayback(busy, first), 1, 1, options);
      expect(stepped).toMatchObject({ day: first + 39, reached: first + reducedStepDays(busy, 1) });
      // The next step has nothing in it: the map holds still.
      expect(advance(busy, stepped, REDUCED_STEP_MS, 1, options).day).toBe(first + 39);
    });
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
            expect(next.reached).toBeGreaterThanOrEqual(next.day);
            expect(next.reached).toBeLessThanOrEqual(model.lastDay);
            if (next.day < s.day) expect(next.laps).toBe(s.laps + 1);
            else expect(next.laps).toBe(s.laps);
            // Moving, no event day between two states is jumped over; in steps, none is left
            // behind: the day shown is the last update day up to where playback has reached.
            const passed = f.reducedMotion ? next.day : s.day;
            const upTo = f.reducedMotion ? next.reached : next.day - 1;
            if (next.laps === s.laps) expect(EVENTS.some((e) => e.day > passed && e.day <= upTo)).toBe(false);
            s = next;
          }
        },
      ),
    );
  });
});

describe('the axis', () => {
  const story = modelWith(380, '2018-01-01', '2026-05-27');
  const ticks: EventTick[] = story.eventDays.map((d, i) => ({
    day: d,
    position: dayToPosition(story, d),
    count: 1 + (i % 3),
    setsStatus: i % 4 !== 0,
  }));
  /** Each path is a run of "M x baseline v -height" strokes. */
  const strokes = (d: string) =>
    [...d.matchAll(/M([\d.]+) (\d+)v-(\d+)/g)].map(([, x, y, h]) => ({ x: +x!, y: +y!, h: +h! }));

  it('draws a lone tick where its day is, as tall as its updates, stronger when it sets a status', () => {
    const lone = { day: 0, position: 0.5, count: 2, setsStatus: true };
    const { plain, status, width } = tickPaths(
      [lone, { ...lone, position: 0.9, count: 1, setsStatus: false }],
      400,
    );
    expect(width).toBe(400);
    expect(strokes(status)).toEqual([{ x: 202, y: TICKS_BASELINE_PX, h: tickHeight(2) }]);
    expect(strokes(plain)).toEqual([{ x: 362, y: TICKS_BASELINE_PX, h: tickHeight(1) }]);
    expect(tickHeight(1)).toBe(8);
    expect(tickHeight(50)).toBe(22);
  });

  it('merges 380 update days on a phone’s track into ticks a few px apart, keeping every update', () => {
    const width = 346; // the track of a 390 px wide phone
    const { plain, status } = tickPaths(ticks, width);
    const drawn = [...strokes(plain), ...strokes(status)].sort((a, b) => a.x - b.x);
    expect(drawn.length).toBeLessThanOrEqual(Math.floor(width / TICK_BIN_PX));
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.x - drawn[i - 1]!.x).toBeGreaterThanOrEqual(3);
    expect(drawn.every((s) => s.x >= 0 && s.x <= width)).toBe(true);
    // A merged tick is as tall as its updates together; one that sets a status is drawn strong.
    expect(Math.max(...drawn.map((s) => s.h))).toBe(22);
    expect(strokes(status).length).toBeGreaterThan(strokes(plain).length);
  });

  it('labels every year 2018–2026 on a phone’s track, every other on a narrower one, and never two too close', () => {
    const years = yearMarks(story);
    const labelled = (width: number) =>
      labelYears(years, width)
        .filter((y) => y.labelled)
        .map((y) => y.year);
    expect(labelled(346)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(labelled(250)).toEqual([2018, 2020, 2022, 2024, 2026]);
    expect(labelled(60)).toEqual([2020]);
    expect(labelled(0)).toHaveLength(9); // not measured yet: all
    for (const width of [200, 250, 300, 346, 700, 1200]) {
      const x = labelYears(years, width)
        .filter((y) => y.labelled)
        .map((y) => y.position * width);
      for (let i = 1; i < x.length; i++) expect(x[i]! - x[i - 1]!).toBeGreaterThanOrEqual(2.5 * 16);
    }
  });

  it('writes the first year from the start of a range that begins later in it, unless the next year is too close', () => {
    const late = yearMarks(createTimelineModel([], day('2018-06-13'), day('2026-05-27')));
    expect(labelYears(late, 1_000)[0]).toMatchObject({
      year: 2018,
      align: 'start',
      labelled: true,
      position: 0,
    });
    // On a phone 1 January 2019 is 24 px in: its label takes the place.
    expect(labelYears(late, 346).slice(0, 2)).toMatchObject([
      { year: 2018, labelled: false },
      { year: 2019, labelled: true },
    ]);
  });
});

describe('captions and changes', () => {
  const index = indexOf([
    ['2019-07-15', 'CAN', { CAN: 'debating' }, 'Globe and Mail'],
    ['2020-01-28', 'GBR', { GBR: 'restricted' }],
    ['2020-02', 'ITA'],
    ['2020-07-14', 'CAN', { CAN: 'debating' }],
    ['2020-07-14', 'ESP'],
    ['2020-07-14', 'GBR', { GBR: 'banned' }],
    ['2020-07-14', 'DEU', { DEU: 'permitted' }, 'Handelsblatt'],
    ['2020-08-01', 'DEU', { DEU: 'restricted' }],
    ['2020-08-02', 'PRT', { PRT: 'banned' }, 'Público'],
  ]);

  it('flags only statuses that really changed as playback crosses events', () => {
    expect(changedBetween(index, day('2020-07-13'), day('2020-07-14')).sort()).toEqual(['DEU', 'GBR']);
    // Canada's update restates "debating": no outline. Backwards is a reset, not news.
    expect(changedBetween(index, day('2019-07-14'), day('2019-07-15'))).toEqual(['CAN']);
    expect(changedBetween(index, day('2020-07-14'), day('2019-01-01'))).toEqual([]);
  });

  it('names everything a day’s updates set: changes first, the harshest first, then restatements and context', () => {
    const c = captionAt(index, day('2020-07-20'))!;
    expect(c).toMatchObject({ from: day('2020-07-14'), day: day('2020-07-14'), updateCount: 4 });
    expect(c.items.map((i) => [i.name, i.status, i.unchanged])).toEqual([
      ['United Kingdom', 'banned', false],
      ['Germany', 'permitted', false],
      ['Canada', 'debating', true],
      ['Spain', null, false],
    ]);
    expect(c.sources).toEqual(['Reuters', 'Handelsblatt']);
    expect(captionAt(index, day('2019-07-14'))).toBeNull();
  });

  it('since a day, names every update after it, each entity once with its latest status', () => {
    const c = captionAt(index, day('2020-08-02'), day('2020-02-10'))!;
    expect([c.from, c.day]).toEqual([day('2020-07-14'), day('2020-08-02')]);
    expect(c.items.map((i) => `${i.name} ${i.status ?? 'context'}`)).toEqual([
      'United Kingdom banned',
      'Portugal banned',
      'Germany restricted',
      'Canada debating',
      'Spain context',
    ]);
    // Nothing after `since`: the day's own updates.
    expect(captionAt(index, day('2020-08-02'), day('2020-08-02'))!.items.map((i) => i.name)).toEqual([
      'Portugal',
    ]);
  });

  it('writes one line, as full as fits: outlet, then names, dropped as needed', () => {
    const one = captionAt(index, day('2020-08-02'))!;
    expect(captionLines(one)).toEqual([
      '2 Aug 2020 · Portugal → banned · Público',
      '2 Aug 2020 · Portugal → banned',
    ]);
    const busy = captionAt(index, day('2020-07-14'))!;
    const lines = captionLines(busy);
    expect(lines[0]).toBe(
      '14 Jul 2020 · United Kingdom → banned, Germany → permitted, Canada: still debating, Update on Spain',
    );
    expect(lines).toContain('14 Jul 2020 · 4 updates: United Kingdom → banned, Germany → permitted, +2 more');
    expect(lines[lines.length - 1]).toBe('14 Jul 2020 · 4 updates');
    const px = (text: string) => text.length * 7;
    expect(fitLine(lines, 2_000, px)).toBe(lines[0]);
    expect(fitLine(lines, 60 * 7, px)).toBe('14 Jul 2020 · 4 updates: United Kingdom → banned, +3 more');
    expect(fitLine(lines, 50 * 7, px)).toBe('14 Jul 2020 · United Kingdom → banned, +3 more');
    expect(fitLine(lines, 10 * 7, px)).toBe('14 Jul 2020 · 4 updates');
    expect(fitLine(lines, 0, px)).toBe(lines[0]); // not measured yet
    // When the big date above says the same day, the line gives up its date before its last name.
    expect(fitLine(lines, 40 * 7, px)).toBe('14 Jul 2020 · 4 updates');
    expect(fitLine(captionLines(busy, true), 40 * 7, px)).toBe('United Kingdom → banned, +3 more');
    const span = captionAt(index, day('2020-08-02'), day('2020-07-31'))!;
    expect(captionLines(span)).toContain('1 Aug – 2 Aug 2020 · 2 changes: Portugal → banned, +1 more');
    const years = captionAt(index, day('2020-01-28'), day('2019-07-01'));
    expect(captionLines(years)[0]).toBe(
      '15 Jul 2019 – 28 Jan 2020 · United Kingdom → restricted, Canada → debating',
    );
    expect(captionLines(captionAt(index, day('2020-02-20')))[0]).toBe('Feb 2020 · Update on Italy · Reuters');
  });

  it('says it all in words for screen readers, and less in the live region', () => {
    const busy = captionAt(index, day('2020-07-14'))!;
    expect(captionSpoken(busy)).toBe(
      '14 July 2020: United Kingdom banned, Germany permitted, Canada still debating, update on Spain. Sources: Reuters, Handelsblatt.',
    );
    const span = captionAt(index, day('2020-08-02'), day('2020-02-10'));
    expect(captionSpoken(span, true)).toBe(
      '14 July to 2 August 2020: United Kingdom banned, Portugal banned, Germany restricted, Canada still debating, and 1 more.',
    );
    expect(captionSpoken(captionAt(index, day('2020-08-02')))).toBe(
      '2 August 2020: Portugal banned. Source: Público.',
    );
    expect(captionTitle(busy)).toBe(
      '14 Jul 2020 · United Kingdom → banned, Germany → permitted, Canada: still debating, Update on Spain · Reuters, Handelsblatt',
    );
  });

  it('groups compare changes from → to, the harshest outcome first', () => {
    const changes = compareStatuses(index, day('2020-01-01'), day('2020-08-02'));
    expect(changes).toContainEqual({ id: 'GBR', from: 'none', to: 'banned' });
    expect(changes.every((c) => c.from !== c.to)).toBe(true);
    const groups = groupChanges(
      changes,
      (id) => index.entities.get(id)?.name ?? id,
      (id) => index.entities.get(id)?.kind ?? 'country',
      index.statuses,
      'en',
    );
    expect(groups.map((g) => `${g.from}>${g.to}: ${g.names.join(', ')}`)).toEqual([
      'none>banned: Portugal, United Kingdom',
      'none>restricted: Germany',
    ]);
  });
});

describe('with the bundled dataset', () => {
  const index = realIndex();
  const real = createTimelineModel(index.events, index.firstDay, index.lastDay);

  it('ticks every update day with its update count, and marks each year of its range once', () => {
    const ticks = eventTicks(real, index.events);
    expect(ticks.map((t) => t.day)).toEqual(index.events.map((e) => e.day));
    expect(ticks.reduce((n, t) => n + t.count, 0)).toBe(index.timeline.length);
    const years = yearMarks(real).map((y) => y.year);
    const first = new Date(index.firstDay * 86_400_000).getUTCFullYear();
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => first + i));
    expect(years.at(-1)).toBe(new Date(index.lastDay * 86_400_000).getUTCFullYear());
  });

  it('plays through in 15–30 s at 1×, moving or in steps', () => {
    for (const options of [{}, { reducedMotion: true }]) {
      const ms = fullPlayback(real, 1, options);
      expect(ms).toBeGreaterThanOrEqual(15_000);
      expect(ms).toBeLessThanOrEqual(30_000);
    }
  });
});
