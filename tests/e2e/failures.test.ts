import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, inject, it, type ExpectStatic } from 'vitest';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { launchBrowser, openPage, type PageProbe } from './browser';
import { latestDayText } from '../statusesFromFile';
import { fillFor } from '../huaweiScale';
import { validateDataset } from '../../src/data/validateDataset';

/**
 * The two files the page loads may fail in every way a reader can meet: no connection, a
 * missing file, a server error, an HTML page or broken JSON where the file should be, a file
 * that breaks its format. Each time the page must say what went wrong with a Retry button,
 * keep everything else working, throw nothing, and recover when Retry finds the file again.
 * A dataset full of markup must show it as text and run none of it.
 */

const DATASET = '**/data/huawei-5g.json';
const WORLD = '**/data/world.json';
const NO_DATA_FILL = fillFor('none', 'light');
const realDataset = JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')) as {
  updates: { date: string; status?: Record<string, string> }[];
};

const withDataset = (change: (d: typeof realDataset) => void) => {
  const copy = structuredClone(realDataset);
  change(copy);
  return JSON.stringify(copy);
};
const json = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body });
const NOT_FOUND_PAGE = '<!doctype html><title>Not found</title><h1>404 Not Found</h1>';

interface Failure {
  name: string;
  respond: (route: Route) => Promise<void>;
  /** The alert's first line. */
  headline: string;
  /** The alert's second line, after "Data file: " or "Map shapes: ". */
  says: string;
  /** Network trouble and server errors are retried automatically (3 times); broken files are not. */
  retried: boolean;
  /** For a file that breaks its format: the folded lines for the editor, path first. */
  details?: string[];
}

const LOAD_FAILED = 'The map’s data could not be loaded.';
const INVALID = 'The map’s data file has errors, so countries cannot be coloured.';

const common: Failure[] = [
  {
    name: 'no connection',
    respond: (route) => route.abort('failed'),
    headline: LOAD_FAILED,
    says: 'the connection failed. Check your connection and retry.',
    retried: true,
  },
  {
    name: 'missing (404, an HTML page)',
    respond: (route) => route.fulfill({ status: 404, contentType: 'text/html', body: NOT_FOUND_PAGE }),
    headline: LOAD_FAILED,
    says: 'the server answered with error 404.',
    retried: false,
  },
  {
    name: 'server error (500)',
    respond: (route) =>
      route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    headline: LOAD_FAILED,
    says: 'the server answered with error 500.',
    retried: true,
  },
  {
    name: 'an HTML page with status 200',
    respond: (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Home</h1>' }),
    headline: LOAD_FAILED,
    says: 'the server sent a web page instead of the data file.',
    retried: false,
  },
  {
    name: 'malformed JSON',
    respond: json('{"schemaVersion": 1, "entities": [}'),
    headline: LOAD_FAILED,
    says: 'the data file is not valid JSON.',
    retried: false,
  },
];

const datasetFailures: Failure[] = [
  ...common,
  {
    name: 'a date that does not exist (updates[3].date)',
    respond: json(withDataset((d) => (d.updates[3]!.date = '2020-13-01'))),
    headline: INVALID,
    says: '1 problem(s), first: updates[3].date: "2020-13-01" is not a date',
    retried: false,
    details: ['updates[3].date: "2020-13-01" is not a date'],
  },
  {
    name: 'a status for an unknown country (ZZZ)',
    respond: json(withDataset((d) => (d.updates[0]!.status = { ...d.updates[0]!.status, ZZZ: 'banned' }))),
    headline: INVALID,
    says: '1 problem(s), first: updates[0].status.ZZZ: "ZZZ" is not an entity in "entities"',
    retried: false,
    details: ['updates[0].status.ZZZ: "ZZZ" is not an entity in "entities"'],
  },
  {
    // Malformed, not merely inconsistent: found by zod, which the page fetches only now.
    name: 'a provenance outside the contract (updates[0].provenance)',
    respond: json(
      withDataset((d) => ((d.updates[0] as unknown as { provenance: string }).provenance = 'rumour')),
    ),
    headline: INVALID,
    says: '1 problem(s), first: updates[0].provenance: "rumour" is not one of "article", "article-summary", "report", "reader-comment"',
    retried: false,
    details: [
      'updates[0].provenance: "rumour" is not one of "article", "article-summary", "report", "reader-comment"',
    ],
  },
];

const worldFailures: Failure[] = [
  ...common,
  {
    name: 'valid JSON that is not the map’s topology',
    respond: json(JSON.stringify({ type: 'FeatureCollection', features: [] })),
    // Not "countries cannot be coloured": without its shapes there is no map to colour.
    headline: LOAD_FAILED,
    says: '5 problem(s), first: type: must be "Topology"',
    retried: false,
    details: [
      'type: must be "Topology"',
      'viewBox: must be [x, y, width, height] with a positive size',
      'markers: must be an array',
      'objects.countries: must be a GeometryCollection',
      'arcs: must be an array',
    ],
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that counts the requests for `pattern`, answered by `respond` until it is unrouted. */
async function openFailing(
  pattern: string,
  respond: (route: Route) => Promise<void>,
  viewport?: { width: number; height: number },
) {
  const probe = await openPage(browser, { viewport });
  // The built page's map comes with its markup and never loads the shapes' file: only a page
  // without a prerendered map does (one a host rewrote, or the dev server's), as here.
  if (pattern === WORLD)
    await probe.page.route(
      (url) => url.pathname === '/' || url.pathname.endsWith('/index.html'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<div id="root" data-prerendered', '<div id="root"');
        await route.fulfill({ response, body });
      },
    );
  const counter = { requests: 0 };
  await probe.page.route(pattern, (route) => {
    counter.requests++;
    return respond(route);
  });
  // How many times an alert appeared: an alert that vanishes and comes back is read out twice.
  await probe.page.addInitScript(() => {
    const w = window as unknown as { __alertsShown: number };
    w.__alertsShown = 0;
    let shown = false;
    new MutationObserver(() => {
      const now = document.querySelector('[role="alert"]') !== null;
      if (now && !shown) w.__alertsShown++;
      shown = now;
    }).observe(document, { childList: true, subtree: true });
  });
  return { ...probe, counter };
}

/** Errors other than the browser's own report of the failed request. */
const unexpectedErrors = (probe: PageProbe) =>
  probe.errors.filter((e) => !/^console: Failed to load resource/.test(e));

const fillOf = (page: Page, id: string) => page.locator(`svg path[data-id="${id}"]`).getAttribute('fill');

/** Waits until a country is coloured by a status (its fill is no longer the no-data grey). */
const waitForColours = (page: Page) =>
  page.waitForFunction((noData) => {
    const fill = document.querySelector('svg path[data-id="AUS"]')?.getAttribute('fill');
    return fill != null && fill !== noData;
  }, NO_DATA_FILL);

const requestsFor = (probe: PageProbe, file: string) =>
  probe.requests.filter((url) => new URL(url).pathname.endsWith(`/data/${file}`)).length;

/**
 * Retry, with the file now served by the server as it is: one more request, the alert goes
 * and the map is coloured.
 */
async function retryAndRecover(probe: PageProbe, pattern: string, file: string) {
  const { page } = probe;
  const before = requestsFor(probe, file);
  await page.unroute(pattern);
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('alert').waitFor({ state: 'detached' });
  await waitForColours(page);
  return requestsFor(probe, file) - before;
}

/** Unfolds the editor's details and reads its lines. */
async function expectDetails(page: Page, lines: string[], expect: ExpectStatic) {
  const alert = page.getByRole('alert');
  await alert.getByText('Details for the editor of the data file').click();
  const items = alert.getByRole('listitem');
  await items.first().waitFor();
  expect(await items.allInnerTexts()).toEqual(lines);
}

/**
 * A failure that is retried is said at once, with "Trying again…" while the page keeps trying on
 * its own (not after the backoff's 1 + 2 + 4 s), then without it once the tries are spent.
 */
async function expectSaidAtOnce(
  probe: PageProbe & { counter: { requests: number } },
  failure: Failure,
  expect: ExpectStatic,
) {
  if (!failure.retried) return;
  const retrying = probe.page.getByRole('alert').getByText('Trying again…');
  await expect(retrying.isVisible()).resolves.toBe(true);
  expect(probe.counter.requests).toBeLessThan(4);
  await retrying.waitFor({ state: 'detached', timeout: 20_000 });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The cases are independent pages; run a few at once so the retried ones' backoff (1 + 2 + 4 s)
// overlaps instead of adding up.
describe.concurrent('when the data file fails', () => {
  it.for(datasetFailures)('$name', async (failure, { expect }) => {
    const probe = await openFailing(DATASET, failure.respond);
    const { page } = probe;
    try {
      await page.goto(`${inject('baseUrl')}/`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expectSaidAtOnce(probe, failure, expect);
      // The map is still drawn, in outline: every country present, none coloured.
      await page.locator('svg path.map-country[data-id="AUS"]').waitFor();
      const fills = await page
        .locator('svg path.map-country')
        .evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('fill')))]);
      expect(fills).toEqual([NO_DATA_FILL]);
      await expect(page.locator('svg path.map-country').count()).resolves.toBeGreaterThan(150);

      await expect(alert.count()).resolves.toBe(1);
      await expect(alert.locator('p').allInnerTexts()).resolves.toEqual([
        failure.headline,
        `Data file: ${failure.says}`,
      ]);
      await expect(alert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
      expect(probe.counter.requests).toBe(failure.retried ? 4 : 1);
      if (failure.details) await expectDetails(page, failure.details, expect);
      await expect(
        page.evaluate(() => (window as unknown as { __alertsShown: number }).__alertsShown),
      ).resolves.toBe(1);

      // The rest of the page works: the header, the search field, the map's own controls.
      await expect(
        page.getByRole('heading', { level: 1, name: 'Where is Huawei banned?' }).isVisible(),
      ).resolves.toBe(true);
      const search = page.getByRole('combobox', { name: 'Find a country' });
      await search.fill('Canada');
      await expect(search.inputValue()).resolves.toBe('Canada');
      await search.fill('');
      await page.getByRole('button', { name: 'Europe', exact: true }).click();
      await page.waitForURL(/region=europe/);
      await page.getByRole('button', { name: 'World', exact: true }).click();
      await page.waitForURL((url) => !url.search.includes('region='));

      await expect(retryAndRecover(probe, DATASET, 'huawei-5g.json')).resolves.toBe(1);
      // The rest of the page is given the data a paint after the map's colours.
      const source = page
        .getByText(`Source: ChannelE2E and`, { exact: false })
        .filter({ hasText: latestDayText() });
      await source.waitFor();
      await expect(source.isVisible()).resolves.toBe(true);
      await expect(page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).resolves.toBe(
        latestDayText(),
      );
      expect(unexpectedErrors(probe)).toEqual([]);
    } finally {
      await probe.context.close();
    }
  });
});

describe.concurrent('when the map’s shapes fail', () => {
  it.for(worldFailures)('$name', async (failure, { expect }) => {
    const probe = await openFailing(WORLD, failure.respond);
    const { page } = probe;
    try {
      await page.goto(`${inject('baseUrl')}/`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expectSaidAtOnce(probe, failure, expect);
      await expect(alert.count()).resolves.toBe(1);
      await expect(alert.locator('p').allInnerTexts()).resolves.toEqual([
        failure.headline,
        `Map shapes: ${failure.says}`,
      ]);
      await expect(alert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
      expect(probe.counter.requests).toBe(failure.retried ? 4 : 1);
      if (failure.details) await expectDetails(page, failure.details, expect);
      await expect(page.locator('svg path.map-country').count()).resolves.toBe(0);

      // Everything the dataset drives still works: legend, timeline, search, the table. (The
      // dataset may still be on its way when the shapes' message shows: wait for its counts.)
      const banned = page.getByRole('button', { name: /^Banned \d+ countries$/ });
      await banned.waitFor();
      await expect(banned.isVisible()).resolves.toBe(true);
      await expect(page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).resolves.toBe(
        latestDayText(),
      );
      const search = page.getByRole('combobox', { name: 'Find a country' });
      await search.fill('Canada');
      await page
        .getByRole('option', { name: /Canada/ })
        .first()
        .waitFor();
      await search.press('Enter');
      await page.getByRole('heading', { level: 2, name: 'Canada' }).waitFor();
      await page.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Table', exact: true }).click();
      const table = page.getByRole('table');
      await table.waitFor();
      await expect(table.getByRole('row').count()).resolves.toBeGreaterThan(10);
      await expect(
        table
          .getByRole('row', { name: /United Kingdom/ })
          .first()
          .isVisible(),
      ).resolves.toBe(true);
      await page.getByRole('button', { name: 'Map', exact: true }).click();

      // Back on the map view, the re-mounted map tries again by itself, fails again, and says so.
      await page.getByRole('alert').waitFor();
      await expect(retryAndRecover(probe, WORLD, 'world.json')).resolves.toBe(1);
      await expect(fillOf(page, 'GBR')).resolves.not.toBe(NO_DATA_FILL);
      expect(unexpectedErrors(probe)).toEqual([]);
    } finally {
      await probe.context.close();
    }
  });
});

/** Whether the element's centre is where a click lands: on screen, not clipped, not covered. */
const reachable = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && el.contains(hit);
  });

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the map-shapes message is whole and clear of the map’s controls and legend', () => {
  it.for([
    { name: 'on a desktop', width: 1280, height: 800, query: '' },
    { name: 'in an embed', width: 800, height: 740, query: '?embed=1' },
    { name: 'on a phone (the map’s box grows to fit it)', width: 375, height: 740, query: '' },
  ])('$name', async ({ width, height, query }, { expect }) => {
    const probe = await openFailing(
      WORLD,
      json(JSON.stringify({ type: 'FeatureCollection', features: [] })),
      { width, height },
    );
    const { page } = probe;
    try {
      await page.goto(`${inject('baseUrl')}/${query}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const box = (await alert.boundingBox())!;
      for (const group of ['Region', 'Zoom', 'Status on the selected date']) {
        const other = (await page.getByRole('group', { name: group }).boundingBox())!;
        expect(overlaps(box, other), `${group} over the message`).toBe(false);
      }
      const summary = alert.getByText('Details for the editor of the data file');
      for (const part of [alert.locator('p').first(), alert.getByRole('button', { name: 'Retry' }), summary])
        await expect(reachable(part)).resolves.toBe(true);
      await summary.click();
      await expect(reachable(alert.getByRole('listitem').last())).resolves.toBe(true);
      expect(unexpectedErrors(probe)).toEqual([]);
    } finally {
      await probe.context.close();
    }
  });
});

// Markup in every text field, and a source URL built to break out of an attribute.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const BREAKOUT_URL = 'https://example.com/"><script>window.__pwned=1</script>';

function hostileDataset(sourceUrl: string) {
  return {
    schemaVersion: 1,
    title: `Hostile ${SCRIPT}`,
    description: `A dataset of markup ${IMG}`,
    updatedAt: '2020-02-01',
    source: { title: `The article ${SCRIPT}`, publisher: `Publisher ${IMG}`, published: '2020-01-01' },
    entities: [
      { id: 'CAN', kind: 'country', name: `Canada ${IMG}`, aliases: [SCRIPT] },
      { id: 'GBR', kind: 'country', name: `United Kingdom ${SCRIPT}` },
    ],
    updates: [
      {
        id: 'can-2020-01-15',
        entity: 'CAN',
        date: '2020-01-15',
        text: `Ottawa ${IMG} decides ${SCRIPT}`,
        sources: [{ name: `Outlet ${SCRIPT}`, date: `January 15, 2020 ${IMG}`, url: sourceUrl }],
        status: { CAN: 'banned' },
        mentions: ['GBR'],
        note: `A note ${IMG}`,
        provenance: 'article',
      },
      {
        id: 'gbr-2020-02-01',
        entity: 'GBR',
        date: '2020-02-01',
        text: `London ${SCRIPT}`,
        sources: [{ name: `Paper ${IMG}`, url: `http://example.org/?q=${SCRIPT}` }],
        status: { GBR: 'restricted' },
        provenance: 'article',
      },
    ],
  };
}

/** Nothing from the data ran, and none of it became an element or a non-http(s) link. */
async function expectNothingInjected(page: Page, expect: ExpectStatic) {
  // The e2e server sends the documented CSP, which would also block inline scripts and handlers;
  // so the DOM is checked too: nothing the data holds may have become an element.
  await expect(
    page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
  ).resolves.toBeUndefined();
  await expect(page.locator('img[src="x"], [onerror], script:not([src])').count()).resolves.toBe(0);
  const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
  for (const src of scripts) expect(new URL(src).origin).toBe(new URL(inject('baseUrl')).origin);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
}

describe('a hostile dataset', () => {
  it('is valid, so the test exercises the page, not the validator', ({ expect }) => {
    expect(validateDataset(hostileDataset(BREAKOUT_URL))).toMatchObject({ ok: true });
    expect(validateDataset(hostileDataset('javascript:window.__pwned=1'))).toMatchObject({
      ok: false,
      problems: [{ path: 'updates[0].sources[0].url' }],
    });
  });

  it('shows its markup as text and runs none of it', async ({ expect }) => {
    const probe = await openFailing(DATASET, json(JSON.stringify(hostileDataset(BREAKOUT_URL))));
    const { page } = probe;
    try {
      await page.goto(`${inject('baseUrl')}/?country=CAN`);
      const panel = page.getByRole('region', { name: `Canada ${IMG}` });
      await panel.waitFor();
      await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(`Canada ${IMG}`);
      await expect(
        panel.getByText(`Ottawa ${IMG} decides ${SCRIPT}`, { exact: true }).isVisible(),
      ).resolves.toBe(true);
      await expect(panel.getByText(`A note ${IMG}`).isVisible()).resolves.toBe(true);
      await expect(panel.getByText(`January 15, 2020 ${IMG}`).isVisible()).resolves.toBe(true);
      // The source is a link to the URL as given, escaped by the URL parser, never cut short.
      const link = panel.getByRole('link', {
        name: `Outlet ${SCRIPT}, January 15, 2020 ${IMG} (opens in a new tab)`,
      });
      await expect(link.getAttribute('href')).resolves.toBe(new URL(BREAKOUT_URL).href);
      await expect(link.innerText()).resolves.toBe(`Outlet ${SCRIPT}`);
      // The footer gets the dataset a paint after the panel (DatasetProvider): wait for it.
      const sourceLine = page.getByText(`Source: Publisher ${IMG}, updated 1 February 2020.`);
      await sourceLine.waitFor();
      await expect(sourceLine.isVisible()).resolves.toBe(true);
      // Names reach the map's accessible names as text, too.
      await expect(
        page.getByRole('button', { name: `Canada ${IMG}: banned since 15 January 2020` }).count(),
      ).resolves.toBe(1);
      await expectNothingInjected(page, expect);

      // The other country, through the search box and the table.
      const search = page.getByRole('combobox', { name: 'Find a country' });
      await search.fill('United');
      await page
        .getByRole('option', { name: new RegExp(escapeRegExp(`United Kingdom ${SCRIPT}`)) })
        .waitFor();
      await search.press('Enter');
      await page.getByRole('heading', { level: 2, name: `United Kingdom ${SCRIPT}` }).waitFor();
      await expect(page.getByText(`London ${SCRIPT}`, { exact: true }).isVisible()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Table', exact: true }).click();
      await page
        .getByRole('table')
        .getByRole('row', { name: new RegExp(escapeRegExp(`Canada ${IMG}`)) })
        .waitFor();

      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      await expectNothingInjected(page, expect);
      expect(probe.errors).toEqual([]);
    } finally {
      await probe.context.close();
    }
  });

  it('is refused when a source URL is javascript:, naming the field, and no link is made', async ({
    expect,
  }) => {
    const probe = await openFailing(
      DATASET,
      json(JSON.stringify(hostileDataset('javascript:window.__pwned=1'))),
    );
    const { page } = probe;
    try {
      await page.goto(`${inject('baseUrl')}/?country=CAN`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.locator('p').allInnerTexts()).resolves.toEqual([
        INVALID,
        'Data file: 1 problem(s), first: updates[0].sources[0].url: "javascript:window.__pwned=1" must be an http(s) URL',
      ]);
      await alert.getByText('Details for the editor of the data file').click();
      await expect(alert.getByRole('listitem').allInnerTexts()).resolves.toEqual([
        'updates[0].sources[0].url: "javascript:window.__pwned=1" must be an http(s) URL',
      ]);
      await page.locator('svg path.map-country[data-id="CAN"]').waitFor();
      await expect(page.getByRole('region', { name: /Canada/ }).count()).resolves.toBe(0);
      await expect(page.getByRole('link').count()).resolves.toBe(0);
      await expect(page.locator('[href^="javascript:" i]').count()).resolves.toBe(0);
      await expectNothingInjected(page, expect);
      expect(unexpectedErrors(probe)).toEqual([]);
    } finally {
      await probe.context.close();
    }
  });
});
