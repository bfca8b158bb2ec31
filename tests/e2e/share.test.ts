import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('sharing from the full app', () => {
  it('copies working embed code and downloads the map as a PNG, on its own origin only', async () => {
    const base = inject('baseUrl');
    const host = inject('otherOrigin');
    const { page, context, errors, requests } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/?country=GBR&date=2020-07-15`);
    await page.getByText(/Source: ChannelE2E/).waitFor();
    // The dialog is not part of the first view.
    expect(requests.filter((u) => /ShareDialog/.test(u))).toEqual([]);

    const share = page.getByRole('button', { name: 'Share', exact: true });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(requests.some((u) => /ShareDialog/.test(u))).toBe(true);

    // Embed: copy, read the clipboard back, and check it is what the dialog shows.
    await dialog.getByRole('tab', { name: 'Embed' }).click();
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue());
    expect(copied).toContain(`<iframe src="${base}/?date=2020-07-15&amp;country=GBR&amp;embed=1"`);

    // Download: a 2× PNG of the map with its legend, made in the page.
    await dialog.getByRole('tab', { name: 'Download' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'PNG image' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('huawei-5g-status-2020-07-15.png');
    const png = await readFile(await download.path());
    expect(png.length).toBeGreaterThan(50_000);
    const { width, height } = pngSize(png);
    expect(width).toBe(2400);
    expect(height).toBeGreaterThan(1200);
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Downloaded huawei-5g-status-2020-07-15.png' })
      .waitFor();

    // Escape closes it and the Share button has focus again.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await share.evaluate((b) => b === document.activeElement)).toBe(true);

    expect(errors).toEqual([]);
    // blob: URLs of the page's own origin are the export itself, not a request.
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith(`blob:${base}/`))).toEqual([]);

    // The copied code, pasted into an article on another origin (tests/e2e/host), shows the view.
    await page.goto(`${host}/article.html?snippet=${encodeURIComponent(copied)}`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.getByRole('heading', { name: 'United Kingdom', level: 2 }).waitFor();
    await expect(frame!.getByRole('button', { name: 'Share', exact: true }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['desktop, light', { width: 1280, height: 800 }, 'light'],
    ['phone, dark', { width: 390, height: 844 }, 'dark'],
  ] as const)('has no axe violation in any tab (%s)', async (_label, viewport, colorScheme) => {
    const { page, context, errors } = await openPage(browser, { viewport, colorScheme });
    await page.goto(`${inject('baseUrl')}/?country=GBR&date=2020-07-15`);
    await page.getByText(/Source: ChannelE2E/).waitFor();
    // Keyboard only: focus the button and press Enter; the first tab takes focus.
    await page.getByRole('button', { name: 'Share', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Link');
    for (const tab of ['Link', 'Embed', 'Download']) {
      await dialog.getByRole('tab', { name: tab }).click();
      expect(await axeViolations(page), tab).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
