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

describe('the built app in Chromium', () => {
  it('loads under the documented CSP with no error and no request to another host', async () => {
    const base = inject('baseUrl');
    const { page, errors, requests, context } = await openPage(browser);
    await page.goto(`${base}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Huawei/);
    // The footer's source line appears once the dataset has loaded and validated.
    await page.getByText(/Source: ChannelE2E/).waitFor();
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    await context.close();
  });

  it.for(['', '?date=2019-06-01', '?country=DEU', '?view=table', '?embed=1&region=europe'])(
    'takes the map’s shapes from the page, not a second download (%s)',
    async (query) => {
      const { page, errors, requests, context } = await openPage(browser);
      await page.goto(`${inject('baseUrl')}/${query}`);
      // Interactive shapes: the app's own, hydrated or rendered afresh from the page's geometry.
      if (query.includes('table')) {
        await page.getByRole('table').waitFor();
        await page.getByRole('button', { name: 'Map', exact: true }).click();
      }
      await page
        .getByRole('button', { name: /^Germany/ })
        .first()
        .waitFor();
      await page.getByText(/Source: ChannelE2E/).waitFor();
      expect(requests.filter((u) => u.includes('/data/world.json'))).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
