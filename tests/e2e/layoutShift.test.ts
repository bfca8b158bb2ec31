import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, waitForApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every layout shift the page reports, with what moved (installed before the page's scripts). */
const RECORD_SHIFTS = `(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (!e.hadRecentInput)
        window.__shifts.push({
          value: e.value,
          moved: (e.sources || []).map((s) => s.node ? s.node.nodeName + '.' + String(s.node.className) : '?'),
        });
  }).observe({ type: 'layout-shift', buffered: true });
})()`;

describe('nothing moves when the data arrives', () => {
  // The places the loading page and the loaded one differ: the timeline (a different height at
  // every width), the footer's source line (under it, the embed's link; at the foot of a
  // screen-tall page, the footer itself) and a country panel named in the link (beside the map,
  // or a sheet over the page).
  const cases = [
    { name: 'a phone', viewport: { width: 412, height: 823 }, search: '' },
    {
      name: 'a phone, with a country in the link',
      viewport: { width: 412, height: 823 },
      search: '?country=GBR',
    },
    { name: 'a laptop', viewport: { width: 1280, height: 800 }, search: '' },
    {
      name: 'an upright tablet, with a country in the link',
      viewport: { width: 1024, height: 1366 },
      search: '?country=GBR',
    },
    { name: 'an embed on a phone', viewport: { width: 390, height: 844 }, search: '?embed=1' },
    { name: 'an embed in a 600 px column', viewport: { width: 600, height: 700 }, search: '?embed=1' },
  ];
  for (const c of cases)
    it(`on ${c.name}`, async () => {
      const { page, context, errors } = await openPage(browser, { viewport: c.viewport });
      try {
        await page.addInitScript(RECORD_SHIFTS);
        // A slow phone's CPU (4×): the browser then paints while it is still parsing the page, and a
        // page drawn in pieces moves as the rest arrives (the prerendered page did, one load in four).
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        // Hold the dataset back so that the loading page is painted first, as on a slow network.
        await page.route('**/data/huawei-5g.json', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 600));
          await route.continue();
        });
        await page.goto(`${inject('baseUrl')}/${c.search}`);
        await waitForApp(page);
        await page.getByRole('slider', { name: 'Date' }).waitFor();
        await page
          .getByRole('contentinfo')
          .getByText(/^Source: /)
          .waitFor();
        // Two frames for the last shift to be reported.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);
        expect(shifts).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
});
