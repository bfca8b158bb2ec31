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
  async function openTable(width: number) {
    const opened = await openPage(browser, {
      viewport: { width, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await opened.page.goto(`${inject('baseUrl')}/?view=table&date=2022-06-29`);
    const table = opened.page.getByRole('table', { name: /Huawei’s status as of 29 June 2022/ });
    await table.waitFor();
    return { ...opened, table, scroller: table.locator('xpath=..') };
  }
  const lastColumnRight = async (page: import('playwright-core').Page) =>
    (await page.getByRole('columnheader', { name: /Updates/ }).boundingBox())!;

  it('fits a 360 px phone: all four columns on screen, nothing to scroll', async () => {
    const { page, context, errors, scroller } = await openTable(360);
    const box = await lastColumnRight(page);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    // Dates in the short form, which keeps the column narrow: "29 Jun 2022".
    await page
      .getByRole('cell', { name: /^\d{1,2} [A-Z][a-z]{2} \d{4}$/ })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('scrolls sideways in its own box where it cannot fit, its summary wrapped to the screen and staying in view', async () => {
    const { page, context, errors, scroller } = await openTable(300);
    const summary = page.getByText(/Huawei’s status as of 29 June 2022: \d+ countries/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    // The table scrolls, not the page.
    expect(widths.page).toBe(widths.screen);
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
    const box = await lastColumnRight(page);
    expect(box.x + box.width).toBeLessThanOrEqual(widths.screen);

    expect(errors).toEqual([]);
    await context.close();
  });
});
