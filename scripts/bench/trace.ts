import { readFile } from 'node:fs/promises';

/** Categories for a main-thread breakdown (what DevTools' Performance panel records, minus screenshots). */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'loading',
  'v8.execute',
  'v8',
];

/** A Chrome trace event, with the arguments the benchmark reads (load, stepping and playback). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    src_func?: string;
    data?: { url?: string; type?: string; functionName?: string; message?: string };
  };
}

interface Slice {
  label: string;
  ts: number;
  end: number;
  dur: number;
  child: number;
  top: boolean;
}

export interface TraceSummary {
  /** Longest top-level main-thread tasks (ms) and what their self time went to. */
  longest: { startMs: number; durationMs: number; parts: [string, number][] }[];
  /** Self time by activity over the whole trace, ms, largest first. */
  total: [string, number][];
  mainThreadMs: number;
}

function label(e: TraceEvent): string {
  const data = e.args?.data;
  const file = data?.url ? (data.url.split('/').pop() ?? '') : '';
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `${e.name} ${file}`.trim();
    case 'RunTask':
      return '(task, outside any traced event)';
    case 'FunctionCall':
      return `FunctionCall ${file}`.trim();
    case 'EventDispatch':
      return `EventDispatch ${data?.type ?? ''}`.trim();
    default:
      return e.name;
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function top(map: Map<string, number>, n: number): [string, number][] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, round(v / 1000)]);
}

/**
 * Main-thread breakdown of a Chrome trace (Playwright's browser.startTracing output): the
 * renderer main thread that loaded `urlPrefix`, its longest tasks, and self time by activity.
 * Self time = an event's duration minus its direct children's, so nothing is counted twice.
 */
export async function summariseTrace(path: string, urlPrefix: string, longest = 3): Promise<TraceSummary> {
  const json = JSON.parse(await readFile(path, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(json) ? json : (json.traceEvents ?? []);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer: the main thread whose events name the site's URLs (other renderers,
  // such as Chromium's own WebUI, run at the same time).
  const hits = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mains.has(key) && e.args?.data?.url?.startsWith(urlPrefix)) hits.set(key, (hits.get(key) ?? 0) + 1);
  }
  const main = [...hits.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return { longest: [], total: [], mainThreadMs: 0 };

  const slices: Slice[] = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) > 0)
    .map((e) => ({ label: label(e), ts: e.ts, end: e.ts + e.dur!, dur: e.dur!, child: 0, top: false }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack: Slice[] = [];
  const tasks: { slice: Slice; members: Slice[] }[] = [];
  for (const s of slices) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= s.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.child += Math.min(s.dur, parent.end - s.ts);
    else {
      s.top = true;
      tasks.push({ slice: s, members: [] });
    }
    tasks[tasks.length - 1]?.members.push(s);
    stack.push(s);
  }
  const origin = slices[0]?.ts ?? 0;
  const total = new Map<string, number>();
  for (const s of slices) total.set(s.label, (total.get(s.label) ?? 0) + (s.dur - s.child));
  return {
    longest: [...tasks]
      .sort((a, b) => b.slice.dur - a.slice.dur)
      .slice(0, longest)
      .map(({ slice, members }) => {
        const parts = new Map<string, number>();
        for (const m of members) parts.set(m.label, (parts.get(m.label) ?? 0) + (m.dur - m.child));
        return {
          startMs: round((slice.ts - origin) / 1000),
          durationMs: round(slice.dur / 1000),
          parts: top(parts, 8),
        };
      }),
    total: top(total, 12),
    mainThreadMs: round(tasks.reduce((sum, t) => sum + t.slice.dur, 0) / 1000),
  };
}
