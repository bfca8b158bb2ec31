import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { urlToState } from '../../src/state/urlState';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens an address with the app's script held back: what a reader sees before it has run. */
async function openWithoutApp(page: Page, search: string) {
  // Never answered: the page stays as the HTML, the CSS and boot.js make it.
  await page.unroute('**/assets/*.js');
  await page.route('**/assets/*.js', () => new Promise(() => {}));
  await page.goto(`${inject('baseUrl')}/${search}`, { waitUntil: 'commit' });
  await page.locator('#root h1').first().waitFor({ state: 'attached' });
}

const rootState = (page: Page) =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme ?? null,
    shell: document.documentElement.dataset.shell ?? null,
  }));

describe('the page before its script has run (prerendered in index.html)', () => {
  it('shows its header, the map’s loading frame, the legend and the timeline’s place', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await openWithoutApp(page, '');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'Loading the map…' }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Find a country' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Banned/ }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);
    // Nothing answers yet: a tap or a typed letter would be lost, so nothing takes them.
    const search = page.getByRole('combobox', { name: 'Find a country', includeHidden: true });
    await search.focus();
    expect(await search.evaluate((el) => document.activeElement === el)).toBe(false);
    await context.close();
  });

  it('is drawn in the reader’s theme from the start: the system’s, or the one in the address', async () => {
    const dark = await openPage(browser, { colorScheme: 'dark' });
    await openWithoutApp(dark.page, '');
    expect(await rootState(dark.page)).toMatchObject({ theme: 'dark' });
    const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 24)');
    await dark.context.close();

    const light = await openPage(browser, { colorScheme: 'dark' });
    await openWithoutApp(light.page, '?theme=light');
    expect(await rootState(light.page)).toMatchObject({ theme: 'light' });
    await light.context.close();
  });

  it('in an embed, is the embed’s page: no subtitle or About, a link to the full map', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await openWithoutApp(page, '?embed=1&date=2020-07-15');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible())
      .toBe(true);
    expect(await page.getByText(/Huawei in 5G networks: banned/).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'About this map' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /Open the full map/ }).isVisible()).toBe(true);
    await context.close();
  });

  it('stays out of sight at an address it does not fit, and the app shows the right page', async () => {
    for (const search of ['?view=table', '?controls=0', '?country=GBR', '?embed=1&country=GBR']) {
      const { page, context } = await openPage(browser);
      await openWithoutApp(page, search);
      // The header and map of the plain page would flash before the table or beside no panel.
      expect(await page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible()).toBe(false);
      await context.close();
    }
    const { page, context, errors } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${inject('baseUrl')}/?embed=1`);
    await page.getByRole('button', { name: /^Play\b/ }).waitFor();
    // The app rendered over the prerendered page: what an embed leaves out is gone.
    expect(await page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible()).toBe(true);
    expect(await page.getByText(/Huawei in 5G networks: banned/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'About this map' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Open the full map/ }).isVisible()).toBe(true);
    expect(await page.locator('#root[data-prerendered], #root[inert]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads the address as the app does (boot.js against urlState)', async () => {
    const searches = [
      '',
      '?embed=1',
      '?embed=0',
      '?embed=true',
      '?embed=1&embed=0',
      '?view=table',
      '?view=map',
      '?view=TABLE',
      '?controls=0',
      '?controls=1',
      '?theme=dark',
      '?theme=auto',
      '?theme=blue',
      '?theme=light&view=table&date=2020-01-01',
      '?country=GBR',
      '?region=europe',
      '?date=2019-01-01..2021-12-31',
      '?date=2020-07-15&autoplay=1',
    ];
    const { page, context } = await openPage(browser, { colorScheme: 'light' });
    for (const search of searches) {
      await openWithoutApp(page, search);
      const state = urlToState(search);
      // The addresses whose first render is the plain page's or an embed's
      // (tests/component/app/bootScript.test.tsx checks this against the renders themselves).
      const fits =
        state.view === 'map' &&
        state.controls &&
        state.country === null &&
        state.compare === null &&
        state.region === 'world';
      const shell = !fits ? 'off' : state.embed ? 'embed' : null;
      const theme = state.theme === 'auto' ? 'light' : state.theme;
      expect({ search, ...(await rootState(page)) }).toEqual({ search, theme, shell });
    }
    await context.close();
  });

  it('gives way to the no-script message when scripts are off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    // (Playwright's text locators skip <noscript>: read the page itself.)
    const seen = await page.evaluate(() => {
      const message = document.querySelector('body > noscript')!;
      return {
        message: message.getBoundingClientRect().height > 0 ? message.textContent?.trim() : null,
        page: getComputedStyle(document.getElementById('root')!).display,
      };
    });
    expect(seen).toEqual({
      message: 'This interactive map needs JavaScript. The data is in data/huawei-5g.json.',
      page: 'none',
    });
    expect(await page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible()).toBe(false);
    await context.close();
  });
});

/**
 * Watches for the map drawn before the app (paintEarlyMap) and records, as it goes in: whether the
 * page was still inert, whether the drawing could be seen, exactly over the map's frame, and each
 * shape's fill. A string: it runs in the page before any script.
 */
const WATCH_EARLY_MAP = `
  const fillOf = (el) => (el.matches('.map-marker') ? el.querySelector('.map-marker__dot') : el).getAttribute('fill');
  new MutationObserver((records, observer) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.matches('svg.map__svg--early')) continue;
        observer.disconnect();
        const box = node.getBoundingClientRect();
        const frame = node.parentElement.querySelector('.map__frame').getBoundingClientRect();
        window.__earlyMap = {
          at: Date.now(),
          inert: document.getElementById('root').hasAttribute('inert'),
          visible: box.width > 0 && box.height > 0 && getComputedStyle(node).visibility === 'visible',
          overFrame: ['top', 'left', 'width', 'height'].every((k) => Math.abs(box[k] - frame[k]) < 0.5),
          fills: [...node.querySelectorAll('[data-id]')].map((el) => [el.getAttribute('data-id'), fillOf(el)]),
        };
      }
  }).observe(document, { childList: true, subtree: true });
`;

/** What the watcher saw, and the app's map as it is now. */
const earlyAndFinal = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      __earlyMap?: { inert: boolean; visible: boolean; overFrame: boolean; fills: string[][] };
    };
    const map = document.querySelector('.map__svg:not(.map__svg--early)')!;
    const shapes = [...map.querySelectorAll('[data-id]')];
    return {
      early: w.__earlyMap ?? null,
      fills: shapes.map((el) => [
        el.getAttribute('data-id'),
        (el.matches('.map-marker') ? el.querySelector('.map-marker__dot')! : el).getAttribute('fill'),
      ]),
    };
  });

describe('the map drawn before the app (src/features/map/paintEarlyMap.ts)', () => {
  it('is on screen in colour, over the map’s frame, while the page is still inert; the app’s map draws the same', async () => {
    for (const [search, scheme] of [
      ['?date=2020-07-15', 'light'],
      ['?embed=1', 'dark'],
    ] as const) {
      const { page, context, errors } = await openPage(browser, {
        viewport: { width: 390, height: 844 },
        colorScheme: scheme,
      });
      await page.addInitScript(WATCH_EARLY_MAP);
      await page.goto(`${inject('baseUrl')}/${search}`);
      await page.getByRole('group', { name: /^World map of Huawei’s status/ }).waitFor();
      const seen = await earlyAndFinal(page);
      expect(seen.early, search).toMatchObject({ inert: true, visible: true, overFrame: true });
      // Every shape, in the order drawn, had the fill the app's map shows: nothing changes colour.
      expect(seen.early?.fills, search).toEqual(seen.fills);
      expect(seen.fills.length).toBeGreaterThan(200);
      // Once the app's map is drawn, the early drawing goes.
      await expect.poll(() => page.locator('.map__svg--early').count(), { message: search }).toBe(0);
      expect(errors, search).toEqual([]);
      await context.close();
    }
  });

  it('does not wait for the framework, whose code is nonetheless fetched with the page', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.addInitScript(WATCH_EARLY_MAP);
    // The framework's chunk (src/app/startApp.tsx) is never answered: the app cannot render.
    const asked: { url: string; at: number }[] = [];
    await page.route('**/assets/startApp-*.js', (route) => {
      asked.push({ url: route.request().url(), at: Date.now() });
      return new Promise(() => {});
    });
    await page.goto(`${inject('baseUrl')}/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => '__earlyMap' in window);
    const early = await page.evaluate(
      () =>
        (window as unknown as { __earlyMap: { at: number; inert: boolean; visible: boolean } }).__earlyMap,
    );
    expect(early).toMatchObject({ inert: true, visible: true });
    // Asked for with the page (the HTML prefetches it), before the map was drawn: importing it
    // only then would add a round trip before the page is interactive.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked[0]!.at).toBeLessThan(early.at);
    const prefetched = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="prefetch"]')].map((l) => (l as HTMLLinkElement).href),
    );
    expect(prefetched).toContain(asked[0]!.url);
    await context.close();
  });

  it('is not drawn where the prerendered page stays hidden; the app draws the map as before', async () => {
    for (const search of ['?country=GBR', '?region=europe']) {
      const { page, context, errors } = await openPage(browser);
      await page.addInitScript(WATCH_EARLY_MAP);
      await page.goto(`${inject('baseUrl')}/${search}`);
      await page.getByRole('group', { name: /^World map of Huawei’s status/ }).waitFor();
      const seen = await earlyAndFinal(page);
      expect(seen.early, search).toBeNull();
      expect(
        seen.fills.some(([, fill]) => fill !== seen.fills[0]?.[1]),
        search,
      ).toBe(true);
      expect(errors, search).toEqual([]);
      await context.close();
    }
  });
});
