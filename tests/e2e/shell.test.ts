import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cssFill, launchBrowser, openPage, waitForApp } from './browser';
import { urlToState } from '../../src/state/urlState';
import { formatDay } from '../../src/data/dates';
import { fillFor } from '../huaweiScale';
import { countryStatusesOn, datasetFile, latestDayText } from '../statusesFromFile';

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
  it('shows its header, the coloured map at the latest date, the legend with counts and the timeline', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await openWithoutApp(page, '');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible())
      .toBe(true);
    // The map in the status colours of the latest date, as the file gives them.
    const statuses = countryStatusesOn(datasetFile.updatedAt);
    const fills = await page.$$eval('path.map-country[data-id]', (paths) =>
      paths.map((p) => [p.getAttribute('data-id')!, getComputedStyle(p).fill] as const),
    );
    const fillOf = new Map(fills);
    for (const [id, status] of statuses)
      if (fillOf.has(id)) expect(fillOf.get(id), id).toBe(cssFill(fillFor(status, 'light')));
    expect(fillOf.get('MNG')).toBe(cssFill(fillFor('none', 'light')));
    const banned = [...statuses.values()].filter((s) => s === 'banned').length;
    expect(await page.getByRole('button', { name: `Banned ${banned} countries` }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(true);
    expect(await page.getByText(latestDayText(), { exact: true }).first().isVisible()).toBe(true);
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

  it('stays out of sight at an address it does not fit, and the app shows the right page', async () => {
    for (const search of ['?view=table', '?controls=0', '?country=GBR', '?embed=1', '?embed=1&country=GBR']) {
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
      // The addresses whose first render is the plain page's
      // (tests/component/app/bootScript.test.tsx checks this against the renders themselves).
      const fits =
        state.view === 'map' &&
        state.controls &&
        state.country === null &&
        state.compare === null &&
        state.region === 'world';
      // A date the app reads as another day than the latest renders another map.
      const otherDay = state.date !== null && formatDay(state.date) !== datasetFile.updatedAt;
      const shell = !fits || state.embed || otherDay ? 'off' : null;
      const theme = state.theme === 'auto' ? 'light' : state.theme;
      expect({ search, ...(await rootState(page)) }).toEqual({ search, theme, shell });
    }
    await context.close();
  });

  it('shows the coloured map and legend when scripts are off, under a note that it needs them', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/`);
    // (Playwright's text locators skip <noscript>: read the page itself.)
    const note = await page.evaluate(() => {
      const p = document.querySelector('noscript + div#root')
        ? document.querySelector('.noscript-note')
        : null;
      return p && p.getBoundingClientRect().height > 0 ? p.textContent?.replace(/\s+/g, ' ').trim() : null;
    });
    expect(note).toMatch(/^This map shows the latest update; it needs JavaScript to be interactive/);
    expect(await page.getByRole('heading', { name: 'Where is Huawei banned?' }).isVisible()).toBe(true);
    const banned = [...countryStatusesOn(datasetFile.updatedAt).values()].filter(
      (s) => s === 'banned',
    ).length;
    expect(await page.getByRole('button', { name: `Banned ${banned} countries` }).isVisible()).toBe(true);
    const fill = await page.$eval('path.map-country[data-id="AUS"]', (p) => getComputedStyle(p).fill);
    expect(fill).toBe(cssFill(fillFor('banned', 'light')));
    await context.close();
  });
});

/** Every theme the page is given (boot.js, then the app), to tell whether a wrong one flashed. */
const RECORD_THEMES = `
  window.__themes = [];
  new MutationObserver((records) => {
    for (const r of records)
      if (r.target === document.documentElement) window.__themes.push(document.documentElement.dataset.theme);
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
`;

/** Keeps the first h1 the parser puts in #root, to tell afterwards whether React adopted it. */
const KEEP_FIRST_HEADING = `
  new MutationObserver((records, observer) => {
    const h1 = document.querySelector('#root h1');
    if (h1) { window.__firstHeading = h1; observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

describe('the first render in the browser (hydrateRoot)', () => {
  it('adopts the prerendered page where it fits, with no hydration error; renders afresh where not', async () => {
    for (const [search, adopted] of [
      ['', true],
      ['?date=2020-07-15', false],
      [`?date=${datasetFile.updatedAt}`, true],
      ['?theme=dark', true],
      ['?autoplay=1', true],
      ['?country=GBR', false],
      ['?embed=1', false],
      ['?view=table', false],
      ['?region=europe', false],
    ] as const) {
      const { page, context, errors } = await openPage(browser, { colorScheme: 'dark' });
      await page.addInitScript(KEEP_FIRST_HEADING);
      await page.addInitScript(RECORD_THEMES);
      await page.goto(`${inject('baseUrl')}/${search}`);
      await waitForApp(page);
      await page.getByRole('slider', { name: 'Date' }).waitFor();
      await page.getByText(/^Source: ChannelE2E/).waitFor();
      const same = await page.evaluate(
        () =>
          (window as unknown as { __firstHeading?: Element }).__firstHeading ===
          document.querySelector('#root h1'),
      );
      expect(same, search).toBe(adopted);
      // The reader's dark theme throughout: hydration's first render (the server's light) is not written.
      const themes = await page.evaluate(() => (window as unknown as { __themes: string[] }).__themes);
      expect(new Set(themes), search).toEqual(new Set(['dark']));
      expect(await page.locator('#root[data-prerendered], #root[inert]').count(), search).toBe(0);
      // React reports a failed hydration (a mismatch, an error in it) as a console error.
      expect(errors, search).toEqual([]);
      await context.close();
    }
  });

  it('repaints from the served dataset when it is not the one the page was built from', async () => {
    const { page, context, errors } = await openPage(browser);
    // A newsroom's edit, not rebuilt: Mongolia, without data in the built page, gets a status.
    const edited = JSON.parse(JSON.stringify(datasetFile)) as {
      entities: { id: string; kind: string; name: string }[];
      updates: Record<string, unknown>[];
    };
    edited.entities.push({ id: 'MNG', kind: 'country', name: 'Mongolia' });
    edited.updates.push({
      id: 'mng-edit',
      entity: 'MNG',
      date: datasetFile.updatedAt,
      text: 'An edit made after the page was built.',
      provenance: 'report',
      sources: [{ name: 'Test', url: 'https://example.org/' }],
      status: { MNG: 'banned' },
    });
    await page.route('**/data/huawei-5g.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(edited) }),
    );
    await page.addInitScript(KEEP_FIRST_HEADING);
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('button', { name: /^Mongolia: banned/ }).waitFor();
    expect(await page.locator('path.map-country[data-id="MNG"]').getAttribute('fill')).toBe(
      fillFor('banned', 'light'),
    );
    // Rendered afresh from the served file, not hydrated over the built page.
    const same = await page.evaluate(
      () =>
        (window as unknown as { __firstHeading?: Element }).__firstHeading ===
        document.querySelector('#root h1'),
    );
    expect(same).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
