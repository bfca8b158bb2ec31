import type { CDPSession, Locator, Page } from 'playwright-core';

export interface HeapResult {
  /** How playback was driven: the app's Play button with loop on, or keyboard stepping. */
  mode: 'play' | 'keyboard' | 'none';
  /** Speed chosen for Play mode (the control's last option), when a speed control was found. */
  speed: string | null;
  loops: number;
  /** Used JS heap after a forced GC, after the first loop and after the last (bytes). */
  afterFirst: number | null;
  afterLast: number | null;
  growth: number | null;
  /** Used heap after each loop (bytes; index 0 = after loop 1): warm-up levels off, a leak does not. */
  series: number[];
  /** DOM nodes and JS event listeners (CDP Memory.getDOMCounters) after the first and last loop. */
  dom: { first: DomCounters | null; last: DomCounters | null };
  seconds: number;
  note: string[];
  error?: string;
}

export interface DomCounters {
  nodes: number;
  jsEventListeners: number;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: the first pass can leave garbage that finalizers only release for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function domCounters(cdp: CDPSession): Promise<DomCounters | null> {
  try {
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { nodes, jsEventListeners };
  } catch {
    return null;
  }
}

export async function firstPresent(candidates: Locator[]): Promise<Locator | null> {
  for (const c of candidates) if ((await c.count()) > 0) return c.first();
  return null;
}

/** The playback's loop control: a switch, checkbox or toggle button named Loop (or Repeat). */
export function findLoop(page: Page): Promise<Locator | null> {
  return firstPresent([
    page.getByRole('switch', { name: /loop|repeat/i }),
    page.getByRole('checkbox', { name: /loop|repeat/i }),
    page.getByRole('button', { name: /loop|repeat/i }),
  ]);
}

/** Turns the loop control on (a switch, checkbox or toggle button); false when it would not. */
export async function setLoop(control: Locator): Promise<boolean> {
  const role = await control.getAttribute('role');
  const tag = await control.evaluate((el) => el.tagName);
  if (role === 'switch' || role === 'checkbox' || tag === 'INPUT') {
    if ((await control.getAttribute('aria-checked')) === 'true') return true;
    if (tag === 'INPUT' && (await control.isChecked())) return true;
    await control.click();
    return true;
  }
  if ((await control.getAttribute('aria-pressed')) === 'true') return true;
  await control.click();
  return (await control.getAttribute('aria-pressed')) === 'true';
}

/** Picks the fastest playback speed; returns its label, or null (with a note) when there is no control. */
export async function setFastest(page: Page, note: string[]): Promise<string | null> {
  const select = await firstPresent([page.getByRole('combobox', { name: /speed/i })]);
  if (select) {
    const options = await select.evaluate((el) =>
      [...(el as HTMLSelectElement).options].map((o) => ({ value: o.value, label: o.label })),
    );
    // The last option is the fastest in every speed menu we know of; take the largest number.
    const fastest = [...options].sort((a, b) => parseFloat(b.value) - parseFloat(a.value))[0];
    if (fastest) {
      await select.selectOption(fastest.value);
      return fastest.label;
    }
  }
  const group = await firstPresent([page.getByRole('radiogroup', { name: /speed/i })]);
  if (group) {
    const radios = group.getByRole('radio');
    const n = await radios.count();
    if (n > 0) {
      const last = radios.nth(n - 1);
      await last.check();
      return (await last.getAttribute('aria-label')) ?? (await last.textContent()) ?? `#${n}`;
    }
  }
  note.push('no speed control found: played at the default speed');
  return null;
}

/**
 * Heap growth over playback loops: used heap (after forced GC) after loop 1 and after loop
 * `loops`. Drives the app's own playback (Play, loop on, fastest speed) when those controls
 * exist; otherwise keyboard stepping (Home, then ArrowRight through every event) per loop.
 * Bounded by `budgetMs` in all.
 */
export async function measureHeap(
  page: Page,
  cdp: CDPSession,
  options: { loops: number; budgetMs: number; maxStepsPerLoop: number },
): Promise<HeapResult> {
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const result: HeapResult = {
    mode: 'none',
    speed: null,
    loops: 0,
    afterFirst: null,
    afterLast: null,
    growth: null,
    series: [],
    dom: { first: null, last: null },
    seconds: 0,
    note: [],
  };
  const record = async (loop: number) => {
    const heap = await usedHeap(cdp);
    result.series.push(heap);
    if (loop === 1) {
      result.afterFirst = heap;
      result.dom.first = await domCounters(cdp);
    }
    if (loop === options.loops) {
      result.afterLast = heap;
      result.dom.last = await domCounters(cdp);
    }
  };
  const finish = () => {
    result.seconds = Math.round((Date.now() - started) / 100) / 10;
    if (result.afterFirst !== null && result.afterLast !== null)
      result.growth = (result.afterLast - result.afterFirst) / result.afterFirst;
    return result;
  };
  try {
    await cdp.send('HeapProfiler.enable');
    const slider = page.getByRole('slider', { name: 'Date' }).first();
    if ((await slider.count()) === 0) throw new Error('no slider named "Date" on the page');
    const play = await firstPresent([page.getByRole('button', { name: /^play\b/i })]);
    const loop = await findLoop(page);

    if (play && loop && (await setLoop(loop))) {
      result.mode = 'play';
      result.speed = await setFastest(page, result.note);
      // Start from the first day, so each wrap of the slider's value is one whole loop.
      await slider.focus();
      await page.keyboard.press('Home');
      // Count wraps of the slider's value in the page: the value going down = a new loop began.
      // (A function with no named inner functions: tsx's name helpers do not exist in the page.)
      await slider.evaluate((el) => {
        const st = { wraps: 0, last: Number(el.getAttribute('aria-valuenow')) };
        Object.defineProperty(window, '__hbmLoops', { value: st, configurable: true });
        new MutationObserver(() => {
          const v = Number(el.getAttribute('aria-valuenow'));
          if (v < st.last) st.wraps++;
          st.last = v;
        }).observe(el, { attributes: true, attributeFilter: ['aria-valuenow'] });
      });
      await play.click();
      const wraps = () => page.evaluate<number>('window.__hbmLoops.wraps');
      // Heap is read right after each wrap, so every reading is at the same phase of a loop.
      while (result.loops < options.loops && Date.now() < deadline) {
        if ((await wraps()) > result.loops) await record(++result.loops);
        else await sleep(200);
      }
      const pause = await firstPresent([page.getByRole('button', { name: /^pause\b/i })]);
      await pause?.click();
    } else {
      result.mode = 'keyboard';
      result.note.push(
        `playback UI not there (Play button: ${play ? 'yes' : 'no'}, loop control: ${loop ? 'yes' : 'no'}): ` +
          'drove each loop by keyboard instead (Home, then ArrowRight through every event)',
      );
      await slider.focus();
      const oneFrame = 'new Promise((r) => requestAnimationFrame(() => r(0)))';
      while (result.loops < options.loops && Date.now() < deadline) {
        await page.keyboard.press('Home');
        await page.evaluate(oneFrame);
        let last = await slider.getAttribute('aria-valuenow');
        for (let i = 0; i < options.maxStepsPerLoop && Date.now() < deadline; i++) {
          await page.keyboard.press('ArrowRight');
          await page.evaluate(oneFrame);
          const value = await slider.getAttribute('aria-valuenow');
          if (value === last) break;
          last = value;
        }
        await record(++result.loops);
      }
    }
    if (result.loops < options.loops)
      result.error = `only ${result.loops} of ${options.loops} loops within ${options.budgetMs / 1000} s`;
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
  }
  return finish();
}
