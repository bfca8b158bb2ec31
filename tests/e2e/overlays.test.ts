import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForApp } from './browser';

/**
 * The legend and the map's controls sit beside or under the map, never over it: floating on the
 * map, the legend hid half of Brazil in a 720 px embed and the region switch sat on Alaska. At the
 * embed widths newsrooms use (320–1200 px) and on full pages, light and dark.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The part of the svg the map is drawn in (the view box, letterboxed in a wide frame). */
function drawnMap(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.map__svg')!;
    const r = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    const scale = Math.min(r.width / vb.width, r.height / vb.height);
    const width = vb.width * scale;
    const height = vb.height * scale;
    return { x: r.x + (r.width - width) / 2, y: r.y + (r.height - height) / 2, width, height };
  });
}

const LAYOUTS: [label: string, width: number, height: number, path: string][] = [
  ['a 320 px embed', 320, 600, '/?embed=1'],
  ['a 390×844 phone', 390, 844, '/'],
  ['a 600 px embed', 600, 600, '/?embed=1'],
  ['a 720 px embed', 720, 600, '/?embed=1'],
  ['an upright tablet', 768, 1024, '/'],
  ['a 1024×768 laptop', 1024, 768, '/'],
  ['a 1024 px embed in compare mode', 1024, 700, '/?embed=1&date=2019-01-01..2024-01-01'],
  ['a 1200 px embed', 1200, 700, '/?embed=1'],
  ['a 1280×800 laptop, dark', 1280, 800, '/?theme=dark'],
  ['a 1440×900 screen with a country open', 1440, 900, '/?country=BRA'],
];

describe('nothing covers the map', () => {
  it.each(LAYOUTS)('in %s', async (_label, width, height, path) => {
    const { page, context } = await openPage(browser, { viewport: { width, height } });
    await page.goto(`${inject('baseUrl')}${path}`);
    await waitForApp(page);
    await page.locator('.map-country[data-id="BRA"]').waitFor();
    const map = await drawnMap(page);
    const covers = [
      page.getByRole('group', { name: /^Status on/ }),
      page.getByRole('group', { name: 'Region' }),
      page.getByRole('group', { name: 'Zoom' }),
    ];
    for (const part of covers) {
      const box = (await part.boundingBox())!;
      expect(
        overlap(box, map),
        `${(await part.getAttribute('aria-label')) ?? 'legend'} over the map`,
      ).toBeLessThan(1);
    }
    // And what a reader aims at shows: Brazil's middle is Brazil, not a card over it.
    const bra = (await page.locator('.map-country[data-id="BRA"]').boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-id]')?.getAttribute('data-id') ?? null,
      [bra.x + bra.width * 0.55, bra.y + bra.height * 0.35],
    );
    expect(hit).toBe('BRA');
    await context.close();
  });
});

describe('nothing covers the country panel', () => {
  it('a click that opens the bottom sheet takes the hover tooltip away', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 720, height: 800 } });
    await page.goto(`${inject('baseUrl')}/?embed=1`);
    await waitForApp(page);
    const brazil = page.locator('.map-country[data-id="BRA"]');
    const box = (await brazil.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.35);
    await page.locator('.map-tooltip').getByText('Brazil').waitFor();
    await page.mouse.down();
    await page.mouse.up();
    await page.getByRole('heading', { name: 'Brazil', level: 2 }).waitFor();
    await expect(page.locator('.map-tooltip').count()).resolves.toBe(0);
    await context.close();
  });
});
