import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every country shape's current fill, by id. */
const fills = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('svg path[data-id]')].map((p) => [
        p.getAttribute('data-id'),
        p.getAttribute('fill'),
      ]),
    ),
  );

describe('timeline playback in Chromium', () => {
  it('plays from an early date: the slider advances, countries change colour, and the URL keeps the date on pause', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${base}/?date=2019-01-01`);

    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.waitFor();
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 January 2019');
    // Wait for the map to have painted its fills before taking the "before" picture.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('svg path[data-id]')].some((p) => p.getAttribute('fill')),
    );
    const before = await fills(page);
    const startDay = Number(await slider.getAttribute('aria-valuenow'));

    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      (start) =>
        Number(document.querySelector('[role="slider"][aria-label="Date"]')?.getAttribute('aria-valuenow')) >
        start,
      startDay,
    );
    expect(await slider.getAttribute('aria-valuetext')).not.toBe('1 January 2019');
    // Some country's fill changes as playback crosses a decision (Germany, 31 January 2019).
    await page.waitForFunction(
      (initial) =>
        [...document.querySelectorAll('svg path[data-id]')].some(
          (p) => p.getAttribute('fill') !== initial[p.getAttribute('data-id')!],
        ),
      before,
      { timeout: 30_000 },
    );

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const shown = Number(await slider.getAttribute('aria-valuenow'));
    const iso = new Date(shown * 86_400_000).toISOString().slice(0, 10);
    // syncUrl writes the paused date once, right away.
    await page.waitForFunction((want) => new URLSearchParams(location.search).get('date') === want, iso);
    expect(new URL(page.url()).searchParams.get('date')).toBe(iso);
    expect(await page.locator('.timeline-date').first().textContent()).toContain(
      await slider.getAttribute('aria-valuetext'),
    );
    // And it stays put once paused.
    await page.waitForTimeout(300);
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(shown);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('autoplay=1 plays on load, but not for a reader who asked for reduced motion', async () => {
    const base = inject('baseUrl');
    const moving = await openPage(browser);
    await moving.page.goto(`${base}/?autoplay=1`);
    await moving.page.getByRole('button', { name: 'Pause' }).waitFor();
    await moving.context.close();

    const still = await openPage(browser, { reducedMotion: 'reduce' });
    await still.page.goto(`${base}/?autoplay=1`);
    const slider = still.page.getByRole('slider', { name: 'Date' });
    await slider.waitFor();
    await still.page.getByRole('button', { name: 'Play' }).waitFor();
    expect(await slider.getAttribute('aria-valuetext')).toBe('29 June 2022');
    expect(still.errors).toEqual([]);
    await still.context.close();
  });
});
