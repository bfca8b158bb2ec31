import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, waitForApp } from './browser';

/**
 * `controls=0` hides the timeline, not the date: a reader must know which day the map shows,
 * and a map that plays by itself must offer a way to pause it (WCAG 2.2.2).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an embed with the timeline hidden', () => {
  it.each([
    [390, 844],
    [720, 600],
    [1280, 800],
  ])('shows the date it is pinned to at %i×%i', async (width, height) => {
    const { page, context, errors } = await openPage(browser, { viewport: { width, height } });
    await page.goto(`${inject('baseUrl')}/?date=2020-07-15&controls=0&embed=1`);
    await waitForApp(page);
    const date = page.getByText('Map as of 15 July 2020');
    await date.waitFor();
    const box = (await date.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await expect(page.getByRole('slider', { name: 'Date' }).count()).resolves.toBe(0);
    // Nothing plays here, so there is nothing to pause.
    await expect(page.getByRole('button', { name: 'Pause' }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the date as it plays by itself, and can be paused and played on', async () => {
    const { page, context, errors } = await openPage(browser, { viewport: { width: 720, height: 600 } });
    await page.goto(`${inject('baseUrl')}/?date=2018-01-01&controls=0&embed=1&autoplay=1`);
    await waitForApp(page);
    const pause = page.getByRole('button', { name: 'Pause' });
    await pause.waitFor();
    const line = page.getByText(/^Map as of /);
    const first = await line.textContent();
    await page.waitForFunction((was) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.startsWith('Map as of'));
      return p !== undefined && p.textContent !== was;
    }, first);
    await pause.click();
    const play = page.getByRole('button', { name: 'Play' });
    await play.waitFor();
    const paused = await line.textContent();
    await page.waitForTimeout(1000);
    await expect(line.textContent()).resolves.toBe(paused);
    // The address follows the paused map, so a shared link shows the same day.
    await expect(page.evaluate(() => new URL(location.href).searchParams.get('date'))).resolves.not.toBe(
      '2018-01-01',
    );
    await play.click();
    await pause.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
