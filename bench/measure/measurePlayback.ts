import type { Browser } from 'playwright-core';
import { withPage } from '../withPage';
import { loadForPlayback } from './loadForPlayback';
import { STAMP, stepCosts, type TraceEvent } from './stepCosts';

export interface PlaybackSample {
  /** Main-thread ms per step: onto the next update day (few countries change), across the wrap (all). */
  few: number[];
  all: number[];
  errors: string[];
}

/** 'toplevel' for every task, 'devtools.timeline' for the stamps: heavier categories slowed the pages. */
const CATEGORIES = ['toplevel', 'devtools.timeline'];

/**
 * Installed after the load, called with the update days. `arm(steps, wraps)` starts a stretch,
 * which stops at the first value change after that many update days and wraps were seen, so the
 * last counted step's frame is complete. A string: tsx's name helpers would not exist in the page.
 */
const RECORDER = `((days) => {
  const el = document.querySelector('[role="slider"][aria-label="Date"]');
  const events = new Set(days);
  const st = { armed: false, last: Number(el.getAttribute('aria-valuenow')) };
  st.arm = (steps, wraps) => {
    Object.assign(st, { armed: true, steps, wraps, met: false });
    st.finished = new Promise((resolve) => (st.done = resolve));
    console.timeStamp('${STAMP.arm}');
  };
  st.stop = (ok) => {
    if (!st.armed) return;
    st.armed = false;
    console.timeStamp('${STAMP.stop}');
    st.done(ok);
  };
  new MutationObserver(() => {
    const v = Number(el.getAttribute('aria-valuenow'));
    if (st.armed) {
      console.timeStamp('${STAMP.value}' + v);
      if (st.met) st.stop(true);
      else {
        if (v < st.last) st.wraps--;
        if (events.has(v)) st.steps--;
        st.met = st.steps <= 0 && st.wraps <= 0;
      }
    }
    st.last = v;
  }).observe(el, { attributes: true, attributeFilter: ['aria-valuenow'] });
  window.__benchPlay = st;
})`;

const sleep = (ms: number) => new Promise<false>((ok) => setTimeout(() => ok(false), ms));

/**
 * One round on a freshly loaded page, under a trace: from the first day through `steps` update
 * days, then `wraps` short stretches from three update days before the end across the wrap.
 */
export function measurePlayback(
  browser: Browser,
  url: string,
  options: { eventDays: readonly number[]; steps: number; wraps: number },
): Promise<PlaybackSample> {
  return withPage(browser, {}, async ({ page }) => {
    const errors: string[] = [];
    const { slider, play, pause } = await loadForPlayback(page, url);
    await page.evaluate(`${RECORDER}(${JSON.stringify(options.eventDays)})`);
    const stretch = async (steps: number, wraps: number, timeoutMs: number) => {
      await page.evaluate(`window.__benchPlay.arm(${steps}, ${wraps})`);
      // Resolved by the page's observer: polling from here would be main-thread work in the figures.
      const finished = page.evaluate<boolean>('window.__benchPlay.finished').catch(() => false);
      await play.click();
      const ok = await Promise.race([finished, sleep(timeoutMs)]);
      if (!ok) await page.evaluate('window.__benchPlay.stop(false)');
      if ((await pause.count()) > 0) await pause.click();
      if (!ok)
        errors.push(`a stretch (${steps} steps, ${wraps} wraps) was cut short at ${timeoutMs / 1000} s`);
    };

    await browser.startTracing(page, { categories: CATEGORIES });
    let trace: Buffer;
    try {
      await slider.focus();
      await page.keyboard.press('Home');
      await stretch(Math.min(options.steps, options.eventDays.length), 0, 60_000);
      for (let i = 0; i < options.wraps; i++) {
        await slider.focus();
        await page.keyboard.press('End');
        for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
        await stretch(0, 1, 15_000);
      }
    } finally {
      trace = await browser.stopTracing();
    }
    const json = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(json) ? json : (json.traceEvents ?? []);
    return { ...stepCosts(events, new Set(options.eventDays)), errors };
  });
}
