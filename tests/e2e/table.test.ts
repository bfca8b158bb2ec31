import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the table on a phone', () => {
  it('scrolls sideways in its own box, its summary wrapped to the screen and staying in view', async () => {
    const { page, context, errors } = await openPage(browser, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${inject('baseUrl')}/?view=table&date=2022-06-29`);
    const table = page.getByRole('table', { name: /Huawei’s status as of 29 June 2022/ });
    await table.waitFor();
    const summary = page.getByText(/Huawei’s status as of 29 June 2022: \d+ countries/);

    // The four columns are wider than a 360 px screen: the table scrolls, not the page.
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    expect(widths.page).toBe(widths.screen);
    const scroller = table.locator('xpath=..');
    const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(0);

    const within = async () => {
      const box = (await summary.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= widths.screen;
    };
    // Before, the summary was one line as wide as the table, cut off mid-word at the screen's edge.
    expect(await within()).toBe(true);
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    expect(await within()).toBe(true);
    // And the last column can be reached.
    const updates = page.getByRole('columnheader', { name: /Updates/ });
    const box = (await updates.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(widths.screen);

    expect(errors).toEqual([]);
    await context.close();
  });
});
