import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { countryStatusesOn } from '../statusesFromFile';
import { fillFor } from '../huaweiScale';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The zoom scale of the map's zoomed layer, from its transform attribute. */
const mapScale = (page: Page) =>
  page
    .locator('.map__svg > g[transform]')
    .getAttribute('transform')
    .then((t) => Number(/scale\(([\d.]+)\)/.exec(t ?? '')?.[1] ?? NaN));

/** Polls until the map's zoom scale is within [min, max] (zoom transitions animate). */
async function waitForScale(page: Page, min: number, max = Infinity) {
  await page.waitForFunction(
    ([lo, hi]) => {
      const t = document.querySelector('.map__svg > g[transform]')?.getAttribute('transform') ?? '';
      const k = Number(/scale\(([\d.]+)\)/.exec(t)?.[1] ?? NaN);
      return k >= lo! && k <= hi!;
    },
    [min, max],
  );
}

describe('the map in Chromium', () => {
  it('opens a deep link coloured, selects a small state, switches to Europe, zooms and searches', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${base}/?date=2020-07-15&country=GBR`);

    const map = page.getByRole('group', { name: /World map of Huawei’s status as of 15 July 2020/ });
    await map.waitFor();
    const uk = page.getByRole('button', { name: 'United Kingdom: banned since 14 July 2020' });
    await expect(uk.getAttribute('fill')).resolves.toBe('url(#hbm-pattern-banned-light)');
    const coloured = await page.$$eval(
      'path.map-country',
      (paths, noData) => paths.filter((p) => p.getAttribute('fill') !== noData).length,
      fillFor('none', 'light'),
    );
    const statuses = countryStatusesOn('2020-07-15');
    expect(coloured).toBe(statuses.size);
    const distinctFills = await page.$$eval(
      'path.map-country',
      (paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size,
    );
    expect(distinctFills).toBe(new Set(statuses.values()).size + 1); // and no data
    await expect(page.locator('.map-outline--selected').count()).resolves.toBeGreaterThan(0);

    // Malta is a marker: a 24 px target in the Mediterranean.
    await page.getByRole('button', { name: /^Malta: permitted/ }).click();
    await page.waitForURL(/country=MLT/);

    await page.getByRole('button', { name: 'Europe', exact: true }).click();
    await page.waitForURL(/region=europe/);
    await waitForScale(page, 2.5);
    const europeScale = await mapScale(page);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForScale(page, europeScale * 1.2);

    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await waitForScale(page, 1, 1);
    expect(page.url()).not.toMatch(/region=/);

    // The wheel zooms too, once d3-zoom has arrived (it loads after the first paint).
    await page.waitForFunction(() => '__zoom' in document.querySelector('.map__svg')!);
    const box = (await page.locator('.map__svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await waitForScale(page, 1.2);

    // Search by a name readers use: "Holland" finds the Netherlands and opens its panel.
    const search = page.getByRole('combobox', { name: 'Find a country' });
    await search.fill('holland');
    await page.getByRole('option', { name: /^Netherlands/ }).waitFor();
    await search.press('Enter');
    await page.waitForURL(/country=NLD/);
    await expect(page.locator('section.country-panel h2').textContent()).resolves.toBe('Netherlands');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('is reachable and operable by keyboard, with no axe violations', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${base}/?date=2020-07-15`);
    await page.getByRole('group', { name: /World map/ }).waitFor();
    await page.locator('.map-country[role="button"]').first().waitFor();

    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    // Tab from the top of the page: the map is one stop among the page's controls.
    const inMap = () => page.evaluate(() => !!document.activeElement?.closest('.map__svg'));
    for (let i = 0; i < 30 && !(await inMap()); i++) await page.keyboard.press('Tab');
    expect(await inMap()).toBe(true);
    const first = await focused();
    expect(first).toMatch(/^[^:]+: /);
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).toMatch(/^[^:]+: /);
    expect(second).not.toBe(first);
    // The focus ring is drawn for keyboard focus.
    await expect(page.locator('.map-outline--focus').count()).resolves.toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/country=[A-Z]{3}/);

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run(document.querySelector('.stage')!);
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
