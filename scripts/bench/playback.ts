import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { parseDate } from '../../src/data/dates';
import { findLoop, firstPresent, setFastest, setLoop } from './heap';
import type { TraceEvent } from './trace';

/**
 * Main-thread cost of each playback step, from a Chrome trace of real playback (the page's own
 * Play, on requestAnimationFrame), for the app and the baseline alike.
 *
 * In the page, a MutationObserver on the slider's aria-valuenow (role "slider", name "Date")
 * stamps each new value into the trace (console.timeStamp) and counts steps and wraps. In the
 * trace, the renderer's main thread is cut into frames: a frame is a BeginMainFrame task (the
 * one that runs animation-frame callbacks, style, layout, paint and commit) plus every task
 * after it until the next one begins, so every task of the playback belongs to exactly one
 * frame. A step is the frame whose task changed the value (when the value changes outside a
 * frame task, the step starts at that task and takes in the frame that presents it). Its cost
 * is the sum of those tasks' durations: script, style, layout, paint, commit, GC, timers …
 * everything the main thread did for it, less nothing. The observer's own work (a few
 * microseconds: one attribute read, one trace stamp, one array push) is counted with it.
 *
 * Kinds: "all" = the value went down (the wrap from the last event day to the first: every
 * country with data changes); "few" = the value landed on another event day; "travel" = the
 * value moved to a day between event days (no country changes; the app's thumb glides between
 * them without changing the value, so its gliding frames count as idle); "idle" = a frame in
 * which the value did not change (gliding, or holding on an event day).
 */

/**
 * 'toplevel' gives every main-thread task (ThreadControllerImpl::RunTask); 'devtools.timeline'
 * the page's stamps and what each task did (FunctionCall, Layout, Paint …). Deliberately not
 * 'disabled-by-default-devtools.timeline': at 4× CPU its heavier events doubled the baseline's
 * cost per step, which would have measured the tracer rather than the page.
 */
export const PLAYBACK_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

const VALUE = 'hbm-play-value';
const ARM = 'hbm-play-arm';
const STOP = 'hbm-play-stop';

export type FrameKind = 'few' | 'all' | 'travel' | 'idle';
export const FRAME_KINDS: readonly FrameKind[] = ['few', 'all', 'travel', 'idle'];

export interface PlaybackResult {
  /** 'play': the page's own Play drove it; 'none': no Play button (nothing measured). */
  mode: 'play' | 'none';
  /** The speed chosen (the fastest), when the page has a speed control. */
  speed: string | null;
  /** Main-thread ms per frame of each kind (see the top of this file). */
  frames: Record<FrameKind, number[]>;
  /** Main-thread ms of the frame right after each step (work a step defers shows up here). */
  afterStep: number[];
  /** Mean self time per frame of each kind by trace event, ms, largest first. */
  parts: Record<FrameKind, [string, number][]>;
  /** Measured playback time (s), main-thread frames per second in it, share of it the main thread was busy. */
  seconds: number;
  fps: number | null;
  busy: number | null;
  /** Value changes the page's observer saw while measuring, and how many of them the trace holds. */
  changes: { observed: number; traced: number };
  note: string[];
  error?: string;
}

/**
 * Several measured playbacks of one page as one: frames pooled, each breakdown weighted by its
 * frame count, time and busy share by measured time. The benchmark plays each page in rounds,
 * alternating the app and the baseline, so that a change in the machine's speed between two long
 * runs (seen here: the baseline's step median 3.4 ms in one run, 7.3 ms in another twenty minutes
 * later) falls on both sides of the ratio rather than on one.
 */
export function mergePlayback(results: readonly PlaybackResult[]): PlaybackResult {
  const played = results.filter((r) => r.mode === 'play');
  const first = played[0] ?? results[0];
  if (!first) return emptyResult();
  const frames = Object.fromEntries(
    FRAME_KINDS.map((k) => [k, played.flatMap((r) => r.frames[k])]),
  ) as Record<FrameKind, number[]>;
  const parts = Object.fromEntries(
    FRAME_KINDS.map((k) => {
      const sums = new Map<string, number>();
      for (const r of played)
        for (const [name, ms] of r.parts[k]) sums.set(name, (sums.get(name) ?? 0) + ms * r.frames[k].length);
      const n = frames[k].length;
      const means = [...sums].map(([name, total]): [string, number] => [name, n > 0 ? total / n : 0]);
      return [k, means.sort((a, b) => b[1] - a[1])];
    }),
  ) as Record<FrameKind, [string, number][]>;
  const seconds = played.reduce((a, r) => a + r.seconds, 0);
  const weighted = (pick: (r: PlaybackResult) => number | null) => {
    const known = played.filter((r) => pick(r) !== null && r.seconds > 0);
    const time = known.reduce((a, r) => a + r.seconds, 0);
    return time > 0 ? known.reduce((a, r) => a + pick(r)! * r.seconds, 0) / time : null;
  };
  const errors = results.flatMap((r) => (r.error ? [r.error] : []));
  return {
    mode: played.length > 0 ? 'play' : first.mode,
    speed: first.speed,
    frames,
    afterStep: played.flatMap((r) => r.afterStep),
    parts,
    seconds: Math.round(seconds * 10) / 10,
    fps: weighted((r) => r.fps),
    busy: weighted((r) => r.busy),
    changes: {
      observed: played.reduce((a, r) => a + r.changes.observed, 0),
      traced: played.reduce((a, r) => a + r.changes.traced, 0),
    },
    note: [...new Set(results.flatMap((r) => r.note))],
    ...(errors.length > 0 ? { error: [...new Set(errors)].join('; ') } : {}),
  };
}

/** Every day with an update, as the app and the baseline put them on the timeline. */
export function eventDaysOf(datasetText: string): number[] {
  const dataset = JSON.parse(datasetText) as { updates?: { date?: unknown }[] };
  const days = new Set<number>();
  for (const u of dataset.updates ?? []) {
    const parsed = typeof u.date === 'string' ? parseDate(u.date) : null;
    if (parsed) days.add(parsed.day);
  }
  return [...days].sort((a, b) => a - b);
}

/**
 * Installed after the load, evaluated with the event days. A string, not a function: tsx's
 * name helpers would not exist in the page. `arm(target)` starts a measured stretch, which ends
 * at the first value change after `target.steps` event days and `target.wraps` wraps were seen
 * (so the last counted step's frame is complete), or at `stop(false)`.
 */
const RECORDER = `((days) => {
  const el = document.querySelector('[role="slider"][aria-label="Date"]');
  if (!el) return false;
  const events = new Set(days);
  const st = { armed: false, last: Number(el.getAttribute('aria-valuenow')), records: [],
    target: { steps: 0, wraps: 0 }, steps: 0, wraps: 0, met: false, done: null, finished: null };
  st.arm = (target) => {
    st.target = target;
    st.steps = 0;
    st.wraps = 0;
    st.met = false;
    st.finished = new Promise((resolve) => { st.done = resolve; });
    st.armed = true;
    console.timeStamp('${ARM}');
  };
  st.stop = (ok) => {
    if (!st.armed) return;
    st.armed = false;
    console.timeStamp('${STOP}');
    st.done(ok);
  };
  new MutationObserver(() => {
    const v = Number(el.getAttribute('aria-valuenow'));
    if (st.armed) {
      console.timeStamp('${VALUE} ' + v);
      st.records.push([performance.now(), v]);
      if (v < st.last) st.wraps++;
      if (events.has(v)) st.steps++;
      if (st.met) st.stop(true);
      else if (st.steps >= st.target.steps && st.wraps >= st.target.wraps) st.met = true;
    }
    st.last = v;
  }).observe(el, { attributes: true, attributeFilter: ['aria-valuenow'] });
  Object.defineProperty(window, '__hbmPlayback', { value: st, configurable: true });
  return true;
})`;

const sleep = (ms: number) => new Promise<false>((ok) => setTimeout(() => ok(false), ms));

/** A result with nothing measured (no Play button, or before measuring). */
export function emptyResult(): PlaybackResult {
  return {
    mode: 'none',
    speed: null,
    frames: { few: [], all: [], travel: [], idle: [] },
    afterStep: [],
    parts: { few: [], all: [], travel: [], idle: [] },
    seconds: 0,
    fps: null,
    busy: null,
    changes: { observed: 0, traced: 0 },
    note: [],
  };
}

/**
 * Plays the page and measures each step (see the top of this file). First a stretch from the
 * first event day: through the whole timeline and its wrap when it has at most `maxSteps` event
 * days, else its first `maxSteps` steps. Then `wraps` short stretches, each started three event
 * days before the end (End, ArrowLeft × 3, Play) and ended just after the wrap, for enough
 * "all countries" steps. The app plays looped at its fastest speed; the baseline always loops.
 * Bounded by `budgetMs` (the stretch in progress is cut short) and a timeout per stretch.
 */
export async function measurePlayback(
  browser: Browser,
  page: Page,
  options: {
    eventDays: readonly number[];
    maxSteps: number;
    wraps: number;
    budgetMs: number;
    tracePath?: string | undefined;
  },
): Promise<PlaybackResult> {
  const result = emptyResult();
  const deadline = Date.now() + options.budgetMs;
  const slider = page.getByRole('slider', { name: 'Date' }).first();
  const play = page.getByRole('button', { name: /^play\b/i }).first();
  const pause = page.getByRole('button', { name: /^pause\b/i }).first();
  try {
    if ((await slider.count()) === 0) throw new Error('no slider named "Date" on the page');
    if ((await play.count()) === 0) throw new Error('no Play button on the page');
    result.mode = 'play';
    if (await firstPresent([page.getByRole('combobox', { name: /speed/i })]))
      result.speed = await setFastest(page, result.note);
    const loop = await findLoop(page);
    if (loop && !(await setLoop(loop))) result.note.push('the loop control would not turn on');
    if (!(await page.evaluate<boolean>(`${RECORDER}(${JSON.stringify(options.eventDays)})`)))
      throw new Error('the slider is not labelled "Date" in the DOM');
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
    return result;
  }

  /** Plays one stretch; false when it had to be cut short. */
  const stretch = async (target: { steps: number; wraps: number }, timeoutMs: number) => {
    await page.evaluate(`window.__hbmPlayback.arm(${JSON.stringify(target)})`);
    // Resolves once the page's observer ends the stretch (no polling: that would be main-thread work).
    const finished = page.evaluate<boolean>('window.__hbmPlayback.finished').catch(() => false);
    await play.click({ timeout: 10_000 });
    const ok = await Promise.race([finished, sleep(Math.min(timeoutMs, Math.max(0, deadline - Date.now())))]);
    if (!ok) await page.evaluate('window.__hbmPlayback.stop(false)');
    // Playback that ended on its own (no loop) shows Play again: nothing to pause.
    if ((await pause.count()) > 0) await pause.click({ timeout: 10_000 });
    return ok;
  };

  let buffer: Buffer | null;
  await browser.startTracing(page, { categories: PLAYBACK_TRACE_CATEGORIES });
  try {
    await slider.focus({ timeout: 5_000 });
    await page.keyboard.press('Home');
    const first = Math.min(options.maxSteps, options.eventDays.length);
    if (!(await stretch({ steps: first, wraps: 0 }, 60_000)))
      result.note.push(`the first stretch (${first} steps) was cut short`);
    let cut = 0;
    for (let i = 0; i < options.wraps && Date.now() < deadline; i++) {
      await slider.focus({ timeout: 5_000 });
      await page.keyboard.press('End');
      for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
      if (!(await stretch({ steps: 0, wraps: 1 }, 15_000))) cut++;
    }
    if (cut > 0) result.note.push(`${cut} of the wrap stretches were cut short (no wrap within 15 s)`);
    if (Date.now() >= deadline) result.error = `stopped after ${options.budgetMs / 1000} s`;
    result.changes.observed = await page.evaluate<number>('window.__hbmPlayback.records.length');
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
  } finally {
    buffer = await browser.stopTracing().catch(() => null);
  }
  if (!buffer) {
    result.error ??= 'no trace';
    return result;
  }
  if (options.tracePath) await writeFile(options.tracePath, buffer);
  const json = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const analysis = analysePlayback(
    Array.isArray(json) ? json : (json.traceEvents ?? []),
    new Set(options.eventDays),
  );
  result.frames = analysis.frames;
  result.afterStep = analysis.afterStep;
  result.parts = analysis.parts;
  result.seconds = Math.round(analysis.windowMs / 100) / 10;
  const count = FRAME_KINDS.reduce((n, k) => n + analysis.frames[k].length, 0);
  result.fps = analysis.windowMs > 0 ? (count * 1000) / analysis.windowMs : null;
  result.busy = analysis.windowMs > 0 ? analysis.busyMs / analysis.windowMs : null;
  result.changes.traced = analysis.changes;
  if (analysis.error) result.error ??= analysis.error;
  if (result.changes.traced !== result.changes.observed)
    result.note.push(
      `the trace holds ${result.changes.traced} of the ${result.changes.observed} value changes the page saw`,
    );
  return result;
}

interface Task {
  ts: number;
  dur: number;
  frame: boolean;
  stamps: string[];
  self: Map<string, number>;
}

/** A task in a measured stretch, with what its value changes (if any) did. */
interface Entry {
  task: Task;
  changed: boolean;
  wrapped: boolean;
  event: boolean;
}

interface Group {
  entries: Entry[];
  hasFrame: boolean;
  /** Started by a value change outside a frame task: the next frame task joins it. */
  open: boolean;
}

interface Stretch {
  groups: Group[];
  current: Group | null;
  /** Skipping the Play click's own work: up to the first value change, then the frame presenting it. */
  phase: 'first-change' | 'its-frame' | 'frames';
}

export interface PlaybackAnalysis {
  frames: Record<FrameKind, number[]>;
  afterStep: number[];
  parts: Record<FrameKind, [string, number][]>;
  /** Measured playback time and the main thread's time in it (ms). */
  windowMs: number;
  busyMs: number;
  /** Value changes stamped in the measured stretches. */
  changes: number;
  error?: string;
}

/** Friendlier names for a breakdown of a frame's main-thread time (self time, by trace event). */
const LABELS: Record<string, string> = {
  'ThreadControllerImpl::RunTask': 'task itself (commit, scheduling, untraced)',
  BlinkScheduler_PerformMicrotaskCheckpoint: 'microtasks',
  FunctionCall: 'script',
  FireAnimationFrame: 'animation-frame dispatch',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  HitTest: 'hit test',
};

/** Whether a top-level task is a BeginMainFrame (renders a frame). */
const FRAME_MARKERS = new Set(['FireAnimationFrame', 'Layerize']);

/**
 * Cuts the main thread of a playback trace into frames and classifies them (see the top of this
 * file). Pure: the trace's events and the dataset's event days in, figures in ms out.
 */
export function analysePlayback(
  events: readonly TraceEvent[],
  eventDays: ReadonlySet<number>,
): PlaybackAnalysis {
  const out: PlaybackAnalysis = {
    frames: { few: [], all: [], travel: [], idle: [] },
    afterStep: [],
    parts: { few: [], all: [], travel: [], idle: [] },
    windowMs: 0,
    busyMs: 0,
    changes: 0,
  };
  const isStamp = (e: TraceEvent) =>
    e.name === 'TimeStamp' && (e.args?.data?.message ?? '').startsWith('hbm-play-');
  const anchor = events.find(isStamp);
  if (!anchor) return { ...out, error: 'no playback stamps in the trace' };
  const onMain = (e: TraceEvent) => e.pid === anchor.pid && e.tid === anchor.tid;

  // Top-level tasks, each with its members' self time (duration less direct children's).
  const slices = events
    .filter((e) => e.ph === 'X' && onMain(e) && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: Task[] = [];
  const members: { name: string; dur: number; child: number; task: Task }[] = [];
  const stack: { end: number; member: (typeof members)[number] }[] = [];
  for (const e of slices) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    let task: Task;
    if (parent) {
      parent.member.child += Math.min(e.dur!, parent.end - e.ts);
      task = parent.member.task;
    } else {
      task = { ts: e.ts, dur: e.dur!, frame: false, stamps: [], self: new Map() };
      tasks.push(task);
    }
    if (e.args?.src_func === 'ScheduledActionSendBeginMainFrame' || FRAME_MARKERS.has(e.name))
      task.frame = true;
    const member = { name: e.name, dur: e.dur!, child: 0, task };
    members.push(member);
    stack.push({ end: e.ts + e.dur!, member });
  }
  for (const m of members) {
    const label = LABELS[m.name] ?? m.name;
    m.task.self.set(label, (m.task.self.get(label) ?? 0) + (m.dur - m.child));
  }
  // Each stamp to the last task that began at or before it (it ran inside that task).
  for (const e of events.filter((x) => isStamp(x) && onMain(x)).sort((a, b) => a.ts - b.ts)) {
    let lo = 0;
    let hi = tasks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tasks[mid]!.ts <= e.ts) lo = mid + 1;
      else hi = mid;
    }
    tasks[lo - 1]?.stamps.push(e.args!.data!.message!);
  }

  const sums: Record<FrameKind, Map<string, number>> = {
    few: new Map(),
    all: new Map(),
    travel: new Map(),
    idle: new Map(),
  };
  const finish = (groups: Group[], endTs: number) => {
    if (groups.length === 0) return;
    out.windowMs += (endTs - groups[0]!.entries[0]!.task.ts) / 1000;
    let lastKind: FrameKind | null = null;
    for (const g of groups) {
      const any = (key: 'changed' | 'wrapped' | 'event') => g.entries.some((e) => e[key]);
      const kind: FrameKind = any('wrapped')
        ? 'all'
        : any('event')
          ? 'few'
          : any('changed')
            ? 'travel'
            : 'idle';
      const ms = g.entries.reduce((a, e) => a + e.task.dur, 0) / 1000;
      out.frames[kind].push(ms);
      out.busyMs += ms;
      if (lastKind === 'few' || lastKind === 'all') out.afterStep.push(ms);
      lastKind = kind;
      for (const { task } of g.entries)
        for (const [k, v] of task.self) sums[kind].set(k, (sums[kind].get(k) ?? 0) + v);
    }
  };

  // Stretches run from an arm stamp to a stop stamp (the task of the change after the last
  // counted step, itself not counted). Each is cut into frames, after skipping the Play click.
  let stretch: Stretch | null = null;
  let previous = Number.NaN;
  for (const task of tasks) {
    if (!stretch) {
      if (task.stamps.includes(ARM)) {
        stretch = { groups: [], current: null, phase: 'first-change' };
        previous = Number.NaN;
      }
      continue;
    }
    const entry: Entry = { task, changed: false, wrapped: false, event: false };
    for (const s of task.stamps) {
      if (!s.startsWith(`${VALUE} `)) continue;
      const v = Number(s.slice(VALUE.length + 1));
      out.changes++;
      entry.changed = true;
      if (v < previous) entry.wrapped = true;
      if (eventDays.has(v)) entry.event = true;
      previous = v;
    }
    const current: Group | null = stretch.current;
    if (task.stamps.includes(STOP)) {
      if (current?.hasFrame) stretch.groups.push(current);
      finish(stretch.groups, task.ts);
      stretch = null;
    } else if (stretch.phase === 'first-change') {
      if (entry.changed) stretch.phase = task.frame ? 'frames' : 'its-frame';
    } else if (stretch.phase === 'its-frame') {
      if (task.frame) stretch.phase = 'frames';
    } else if (task.frame && current?.open && !current.hasFrame) {
      current.entries.push(entry);
      current.hasFrame = true;
    } else if (task.frame || entry.changed) {
      if (current?.hasFrame) stretch.groups.push(current);
      stretch.current = { entries: [entry], hasFrame: task.frame, open: !task.frame };
    } else current?.entries.push(entry);
  }
  // No stop stamp (the trace ended first): the frames that were complete.
  if (stretch) {
    const entries = stretch.groups[stretch.groups.length - 1]?.entries ?? [];
    const last = entries[entries.length - 1]?.task;
    if (last) finish(stretch.groups, stretch.current?.entries[0]?.task.ts ?? last.ts + last.dur);
  }
  for (const kind of FRAME_KINDS) {
    const n = out.frames[kind].length;
    out.parts[kind] = [...sums[kind].entries()]
      .map(([k, v]): [string, number] => [k, Math.round(v / n / 10) / 100])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
  }
  return out;
}
