import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { axeViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page) {
  await page.getByText(/Source: ChannelE2E/).waitFor();
}

/** A fresh page at `path`, once the page and the map's shapes are there. */
async function openMap(path: string, options?: Parameters<typeof openPage>[1]) {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${inject('baseUrl')}${path}`);
  await ready(opened.page);
  await opened.page.locator('svg path[data-id]').first().waitFor();
  return opened;
}

describe('accessibility in Chromium', () => {
  it.each([
    ['the full app', '/?date=2020-07-15', 'light'],
    ['the table view', '/?view=table&date=2020-07-15', 'light'],
    ['an open panel', '/?country=CAN&date=2021-01-01', 'light'],
    ['the embed layout', '/?embed=1&country=GBR', 'light'],
    ['the dark theme', '/?theme=dark&country=SWE', 'dark'],
    ['the dark theme from the system', '/?view=table', 'dark'],
  ] as const)('axe finds no violations in %s', async (_label, path, scheme) => {
    const { page, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${inject('baseUrl')}${path}`);
    await ready(page);
    if (!path.includes('view=table')) await page.locator('svg path[data-id]').first().waitFor();
    if (path.includes('country=')) await page.locator('section.country-panel h2').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('can be used with the keyboard alone: Tab to the map, move to a country, open it, close it', async () => {
    const { page, context } = await openMap('/?date=2022-06-29');

    // Tab until focus lands on a country of the map (it is one tab stop).
    let name = '';
    for (let i = 0; i < 30 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('svg') && el.getAttribute('role') === 'button'
          ? (el.getAttribute('aria-label') ?? '')
          : '';
      });
    }
    expect(name).toMatch(/^[A-Z].+: (banned|restricted|debating|permitted)/);
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    expect(next).not.toBe(name);
    expect(next).toMatch(/: /);
    const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));

    await page.keyboard.press('Enter');
    const heading = page.locator('section.country-panel h2');
    await heading.waitFor();
    expect(next.startsWith((await heading.textContent()) ?? '∅')).toBe(true);

    await page.keyboard.press('Escape');
    await heading.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-id'))).resolves.toBe(
      focusedId,
    );
    await context.close();
  });

  it.each([
    [390, 844],
    [360, 640],
  ])(
    'works on a %i×%i phone: no horizontal scroll, slider on screen, panel as a bottom sheet',
    async (width, height) => {
      const { page, context } = await openMap('/?date=2020-07-15', {
        viewport: { width, height },
        hasTouch: true,
        isMobile: true,
      });
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).resolves.toBeLessThanOrEqual(0);

      const slider = page.getByRole('slider', { name: 'Date' });
      const box = (await slider.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);

      // Zoom to Europe, as a reader would before aiming at one country with a thumb, and tap the
      // United Kingdom: the sheet opens at the bottom and the map stays visible above it.
      await page.getByRole('button', { name: 'Europe', exact: true }).tap();
      await expect(
        page.getByRole('button', { name: 'Europe', exact: true }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');
      // Tap the middle of its shape, where a finger lands (small neighbours' markers may overlap it).
      // Wait for the zoom's transition to settle before aiming.
      const shape = page.locator('svg path[data-id="GBR"]');
      let uk = (await shape.boundingBox())!;
      for (let i = 0; i < 50; i++) {
        await page.waitForTimeout(100);
        const now = (await shape.boundingBox())!;
        if (Math.abs(now.x - uk.x) + Math.abs(now.width - uk.width) < 0.5) break;
        uk = now;
      }
      await page.touchscreen.tap(uk.x + uk.width / 2, uk.y + uk.height / 2);
      const panel = page.locator('section.country-panel');
      await panel.locator('h2').waitFor();
      await expect(panel.locator('h2').textContent()).resolves.toBe('United Kingdom');
      const sheet = (await panel.boundingBox())!;
      const map = (await page.locator('.stage svg').first().boundingBox())!;
      expect(Math.round(sheet.y + sheet.height)).toBeGreaterThanOrEqual(height - 2);
      expect(sheet.y).toBeGreaterThan(map.y + map.height * 0.5);
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).resolves.toBeLessThanOrEqual(0);
      await context.close();
    },
  );

  it('on an upright tablet (820×1000) lays the legend under the map and the timeline right after', async () => {
    const { page, context } = await openMap('/?date=2020-07-15', { viewport: { width: 820, height: 1000 } });
    const map = (await page.locator('.map__frame').boundingBox())!;
    const legend = (await page.getByRole('group', { name: 'Status on the selected date' }).boundingBox())!;
    const timeline = (await page.getByRole('region', { name: 'Timeline' }).boundingBox())!;
    // Not floating over the Americas, and no empty band between the legend and the timeline.
    expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(timeline.y - (legend.y + legend.height)).toBeLessThan(24);
    // With a country open beside the map, the panel still has the page's height to read in.
    await page.goto(`${inject('baseUrl')}/?date=2020-07-15&country=GBR`);
    await page.setViewportSize({ width: 1024, height: 1366 });
    const panel = page.locator('section.country-panel');
    await panel.locator('h2').waitFor();
    expect((await panel.boundingBox())!.height).toBeGreaterThan(800);
    await context.close();
  });

  it('on a laptop (1366×657) fits the map, timeline and Play on screen, without scrolling', async () => {
    const { page, context } = await openMap('/?date=2020-07-15', { viewport: { width: 1366, height: 657 } });
    for (const control of [
      page.getByRole('button', { name: 'Play' }),
      page.getByRole('slider', { name: 'Date' }),
      page.getByRole('group', { name: 'Status on the selected date' }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(657);
    }
    await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBeLessThanOrEqual(
      657,
    );
    // The map keeps its proportions inside a frame of other proportions (letterboxed), and a
    // keyboard focus's tooltip still lands by the country.
    // Bahrain is a marker: its centre is the point its tooltip is placed from.
    const bahrain = page.locator('.map-marker[data-id="BHR"]');
    await bahrain.focus();
    const dot = (await bahrain.boundingBox())!;
    const tip = (await page.locator('.map-tooltip').boundingBox())!;
    expect(Math.abs(tip.x - (dot.x + dot.width / 2))).toBeLessThan(30);
    expect(Math.abs(tip.y - (dot.y + dot.height / 2))).toBeLessThan(30);
    await context.close();
  });
});
