import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForApp } from './browser';

/**
 * A tap opens the country under the finger, never a neighbour: on a phone a small state's 24 px
 * hit circle spills over whole countries (Slovenia's over Austria and Italy), and a marker must
 * not take a tap inside a drawn country. Tapped by touch on the real map, in both views.
 */

const COUNTRIES: [id: string, name: string][] = [
  ['DEU', 'Germany'],
  ['CHE', 'Switzerland'],
  ['AUT', 'Austria'],
  ['POL', 'Poland'],
  ['ITA', 'Italy'],
  ['GBR', 'United Kingdom'],
  ['BEL', 'Belgium'],
  ['DNK', 'Denmark'],
  ['NLD', 'Netherlands'],
  ['FRA', 'France'],
  ['CZE', 'Czech Republic'],
  ['SWE', 'Sweden'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Until the map's layer stops moving (a region change animates). */
async function settled(page: Page) {
  const layer = page.locator('.map__svg > g').first();
  let last = await layer.getAttribute('transform');
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const now = await layer.getAttribute('transform');
    if (now === last) return;
    last = now;
  }
}

/**
 * A point well inside a country's drawn shape, in client pixels: of a grid over its box, the
 * inside point farthest from the shape's edge (by the grid), as a finger aims at the middle.
 */
function interiorPoint(page: Page, id: string) {
  return page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(`.map-country[data-id="${id}"]`);
    if (!path) return null;
    const box = path.getBBox();
    // Cells of about one view-box unit, so a country's main land wins over its far-off islands.
    const n = Math.min(400, Math.ceil(Math.max(box.width, box.height)));
    const inside: boolean[][] = [];
    for (let i = 0; i <= n; i++) {
      inside.push([]);
      for (let j = 0; j <= n; j++)
        inside[i]!.push(
          path.isPointInFill(new DOMPoint(box.x + (box.width * i) / n, box.y + (box.height * j) / n)),
        );
    }
    let best: [number, number] | null = null;
    let bestDepth = -1;
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n; j++) {
        if (!inside[i]![j]) continue;
        let depth = 0;
        while (
          depth < n &&
          [
            [i + depth + 1, j],
            [i - depth - 1, j],
            [i, j + depth + 1],
            [i, j - depth - 1],
          ].every(([a, b]) => inside[a!]?.[b!] === true)
        )
          depth++;
        if (depth > bestDepth) [best, bestDepth] = [[i, j], depth];
      }
    if (!best) return null;
    const ctm = path.getScreenCTM()!;
    const p = new DOMPoint(
      box.x + (box.width * best[0]) / n,
      box.y + (box.height * best[1]) / n,
    ).matrixTransform(ctm);
    return { x: p.x, y: p.y };
  }, id);
}

describe.each(['world', 'europe'])('tapping a country on a 390×844 phone, %s view', (region) => {
  it.each(COUNTRIES)('a tap inside %s opens %s', async (id, name) => {
    const { page, context, errors } = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${inject('baseUrl')}/?region=${region}`);
    await waitForApp(page);
    await page.locator('.map-country[role="button"]').first().waitFor({ state: 'attached' });
    await settled(page);
    const at = await interiorPoint(page, id);
    expect(at, `${name} is drawn`).not.toBeNull();
    // Nothing covers the country where the finger lands: no legend, toolbar or switch.
    const onMap = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('.map__svg') !== null,
      at!,
    );
    expect(onMap, `${name} is not under an overlay`).toBe(true);
    await page.touchscreen.tap(at!.x, at!.y);
    const heading = page.locator('section.country-panel h2');
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toBe(name);
    expect(errors).toEqual([]);
    await context.close();
  });
});
