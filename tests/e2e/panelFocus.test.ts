import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, waitForApp } from './browser';

/** Closing the panel never drops a keyboard reader's focus onto the page: it goes back to the map. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('closing the country panel with Escape after moving the timeline from it', () => {
  it.each([
    ['opened by the link', '/?country=GBR'],
    ['opened from the map', '/'],
  ])('%s: focus goes to the country on the map', async (_, path) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${inject('baseUrl')}${path}`);
    await waitForApp(page);
    if (path === '/') await page.locator('.map-country[data-id="GBR"]').click({ force: true });
    const panel = page.getByRole('region', { name: 'United Kingdom' });
    await panel.waitFor();
    await panel
      .getByRole('button', { name: /^Move the timeline to / })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName,
      ),
    ).resolves.toMatch(/^United Kingdom: /);
    expect(errors).toEqual([]);
    await context.close();
  });
});
