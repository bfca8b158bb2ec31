/** A Chrome trace event, with the fields read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { src_func?: string; data?: { message?: string } };
}

/** The page's stamps (console.timeStamp): a measured stretch's start and end, and each new slider value. */
export const STAMP = { arm: 'bench-arm', stop: 'bench-stop', value: 'bench-value ' };

/** Top-level events that only a BeginMainFrame task (animation frames, style, layout, paint) holds. */
const FRAME_MARKERS = new Set(['FireAnimationFrame', 'Layerize']);

type Task = { ts: number; dur: number; frame: boolean; stamps: string[] };
type Seen = { changed: boolean; event: boolean; wrapped: boolean };
/** `open`: begun by a value change outside a frame task; the next frame task, which presents it, joins. */
type Frame = Seen & { us: number; open: boolean };

/**
 * Main-thread ms of each playback step in a trace of the page's own Play. The main thread is cut
 * into frames, a frame task and every task after it until the next, so every task counts once; a
 * step is the frame in which the slider lands on an update day ("few" countries change) or wraps
 * back to the first day ("all" change). The first change of each stretch carries the Play click.
 */
export function stepCosts(events: readonly TraceEvent[], eventDays: ReadonlySet<number>) {
  const out = { few: [] as number[], all: [] as number[] };
  const isStamp = (e: TraceEvent) => e.name === 'TimeStamp' && !!e.args?.data?.message?.startsWith('bench-');
  const anchor = events.find(isStamp);
  if (!anchor) return out;
  const onMain = (e: TraceEvent) => e.pid === anchor.pid && e.tid === anchor.tid;

  const tasks: Task[] = [];
  let end = -Infinity;
  const slices = events.filter((e) => e.ph === 'X' && onMain(e) && (e.dur ?? 0) > 0);
  for (const e of slices.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    if (e.ts >= end) {
      tasks.push({ ts: e.ts, dur: e.dur!, frame: false, stamps: [] });
      end = e.ts + e.dur!;
    }
    if (FRAME_MARKERS.has(e.name) || e.args?.src_func === 'ScheduledActionSendBeginMainFrame')
      tasks[tasks.length - 1]!.frame = true;
  }
  // Each stamp to the last task that began at or before it: it ran inside that task.
  let i = 0;
  for (const stamp of events.filter((e) => isStamp(e) && onMain(e)).sort((a, b) => a.ts - b.ts)) {
    while (i + 1 < tasks.length && tasks[i + 1]!.ts <= stamp.ts) i++;
    tasks[i]?.stamps.push(stamp.args!.data!.message!);
  }

  let armed = false;
  let skipped = false;
  let previous = Number.NaN;
  let frame: Frame | null = null;
  const close = () => {
    if (frame && !frame.open && frame.changed) {
      if (!skipped) skipped = true;
      else if (frame.wrapped) out.all.push(frame.us / 1000);
      else if (frame.event) out.few.push(frame.us / 1000);
    }
    frame = null;
  };
  for (const task of tasks) {
    if (task.stamps.includes(STAMP.stop)) {
      close();
      armed = false;
    } else if (task.stamps.includes(STAMP.arm)) {
      [armed, skipped, previous, frame] = [true, false, Number.NaN, null];
    }
    if (!armed || task.stamps.includes(STAMP.arm)) continue;
    const seen: Seen = { changed: false, event: false, wrapped: false };
    for (const s of task.stamps.filter((x) => x.startsWith(STAMP.value))) {
      const v = Number(s.slice(STAMP.value.length));
      seen.changed = true;
      seen.event ||= eventDays.has(v);
      seen.wrapped ||= v < previous;
      previous = v;
    }
    const current = frame;
    if (current && (task.frame || seen.changed ? current.open : true)) {
      current.us += task.dur;
      current.open &&= !task.frame;
      current.changed ||= seen.changed;
      current.event ||= seen.event;
      current.wrapped ||= seen.wrapped;
    } else if (task.frame || seen.changed) {
      close();
      frame = { us: task.dur, open: !task.frame, ...seen };
    }
  }
  return out;
}
