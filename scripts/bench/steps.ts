import type { CDPSession, Locator, Page } from 'playwright-core';

/** Main-thread cost of one step, from CDP Performance.getMetrics deltas (ms). */
export interface StepCost {
  key: string;
  task: number;
  script: number;
  style: number;
  layout: number;
}

export interface StepsResult {
  /** ArrowRight from the first event day to the last: each step is one update date. */
  few: StepCost[];
  /** End and Home, alternately: every country with data changes. */
  all: StepCost[];
  /** Median cost of a measurement window with no key press (subtracted from the figures). */
  idle: StepCost;
  /** Distinct days the slider visited while stepping. */
  daysVisited: number;
  reachedEnd: boolean;
  error?: string;
}

const METRICS = {
  task: 'TaskDuration',
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
} as const;
type Part = keyof typeof METRICS;
const PARTS = Object.keys(METRICS) as Part[];

async function metrics(cdp: CDPSession): Promise<Record<Part, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = new Map(list.map((m) => [m.name, m.value]));
  const out = {} as Record<Part, number>;
  for (const part of PARTS) out[part] = (byName.get(METRICS[part]) ?? 0) * 1000;
  return out;
}

/** Two animation frames: the step's update has been rendered and the next frame has begun. */
const TWO_FRAMES = 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(0))))';

async function measureWindow(cdp: CDPSession, page: Page, key: string | null): Promise<StepCost> {
  const before = await metrics(cdp);
  if (key) await page.keyboard.press(key);
  await page.evaluate(TWO_FRAMES);
  const after = await metrics(cdp);
  return {
    key: key ?? 'idle',
    task: after.task - before.task,
    script: after.script - before.script,
    style: after.style - before.style,
    layout: after.layout - before.layout,
  };
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Nearest-rank quantile (p95 of 20 samples is the 19th smallest). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}

function net(cost: StepCost, idle: StepCost): StepCost {
  const out = { ...cost };
  for (const part of PARTS) out[part] = Math.max(0, cost[part] - idle[part]);
  return out;
}

async function valueOf(slider: Locator): Promise<string | null> {
  return slider.getAttribute('aria-valuenow', { timeout: 5_000 });
}

/**
 * Drives the real slider with the keyboard (role="slider", name "Date") on a loaded page and
 * measures each step's main-thread time: TaskDuration between just before the key press and
 * two animation frames after it, minus the median cost of the same window with no key press.
 * Bounded: at most `maxSteps` ArrowRight presses, `jumps` End/Home pairs, `budgetMs` overall.
 */
export async function measureSteps(
  page: Page,
  cdp: CDPSession,
  options: { maxSteps: number; jumps: number; budgetMs: number },
): Promise<StepsResult> {
  const result: StepsResult = {
    few: [],
    all: [],
    idle: { key: 'idle', task: 0, script: 0, style: 0, layout: 0 },
    daysVisited: 0,
    reachedEnd: false,
  };
  const slider = page.getByRole('slider', { name: 'Date' }).first();
  if ((await slider.count()) === 0) {
    result.error = 'no slider named "Date" on the page';
    return result;
  }
  const deadline = Date.now() + options.budgetMs;
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  try {
    await slider.focus({ timeout: 5_000 });
    // Calibrate: what the measurement window itself costs (CDP calls, the two frames).
    const idle: StepCost[] = [];
    for (let i = 0; i < 8; i++) idle.push(await measureWindow(cdp, page, null));
    for (const part of PARTS) result.idle[part] = median(idle.map((c) => c[part]));

    await page.keyboard.press('Home');
    await page.evaluate(TWO_FRAMES);
    const visited = new Set([await valueOf(slider)]);
    let last = await valueOf(slider);
    for (let i = 0; i < options.maxSteps && Date.now() < deadline; i++) {
      const cost = await measureWindow(cdp, page, 'ArrowRight');
      const value = await valueOf(slider);
      if (value === last) {
        result.reachedEnd = true;
        break;
      }
      result.few.push(net(cost, result.idle));
      visited.add(value);
      last = value;
    }
    result.daysVisited = visited.size;
    for (let i = 0; i < options.jumps && Date.now() < deadline; i++)
      for (const key of ['End', 'Home'])
        result.all.push(net(await measureWindow(cdp, page, key), result.idle));
    if (Date.now() >= deadline) result.error = `stopped after ${options.budgetMs / 1000} s`;
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
  } finally {
    await cdp.send('Performance.disable').catch(() => undefined);
  }
  return result;
}
