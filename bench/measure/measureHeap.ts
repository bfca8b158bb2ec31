import type { Browser, CDPSession } from 'playwright-core';
import { withPage } from '../withPage';
import { loadForPlayback } from './loadForPlayback';

export interface HeapSample {
  /** Used JS heap after a forced GC after each loop, bytes (index 0: after loop 1). */
  series: number[];
  /** Loop `loops` against loop 1, as a fraction; null when the loops did not all run. */
  growth: number | null;
  errors: string[];
}

const TIMEOUT_MS = 300_000;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: the first pass can leave garbage that finalizers release only for the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The page's own Play, looped at its fastest speed, `loops` times from the first day. The heap is
 * read right after each wrap, so every reading is at the same point of a loop. The HTTP cache is
 * on, as a reader has it: the browser asks for the icon again on each address change.
 */
export function measureHeap(browser: Browser, url: string, loops: number): Promise<HeapSample> {
  return withPage(browser, { cache: true }, async ({ page, cdp, errors }) => {
    const series: number[] = [];
    try {
      const { slider, play, pause } = await loadForPlayback(page, url);
      await cdp.send('HeapProfiler.enable');
      await slider.focus();
      await page.keyboard.press('Home');
      await page.evaluate(`(() => {
        const el = document.querySelector('[role="slider"][aria-label="Date"]');
        const st = { wraps: 0, last: Number(el.getAttribute('aria-valuenow')) };
        window.__benchLoops = st;
        new MutationObserver(() => {
          const v = Number(el.getAttribute('aria-valuenow'));
          if (v < st.last) st.wraps++;
          st.last = v;
        }).observe(el, { attributes: true, attributeFilter: ['aria-valuenow'] });
      })()`);
      await play.click();
      const deadline = Date.now() + TIMEOUT_MS;
      while (series.length < loops && Date.now() < deadline) {
        if ((await page.evaluate<number>('window.__benchLoops.wraps')) > series.length)
          series.push(await usedHeap(cdp));
        else await sleep(200);
      }
      await pause.click();
      if (series.length < loops) errors.push(`${series.length} of ${loops} loops in ${TIMEOUT_MS / 1000} s`);
    } catch (error) {
      errors.push((error as Error).message.split('\n')[0]!);
    }
    const [first, last] = [series[0], series[loops - 1]];
    return { series, growth: first && last ? (last - first) / first : null, errors: [...errors] };
  });
}
