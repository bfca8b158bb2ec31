import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, type PageProbe } from './browser';
import { firstDayText, latestDayText } from '../statusesFromFile';

/**
 * Links get mangled by social networks, truncated by chat apps and written by pranksters. Each
 * query string must load the page with defaults for what is bad, keep what is good, log no
 * uncaught error and inject nothing.
 */
interface Expect {
  /** The slider's aria-valuetext; LATEST = the dataset's last update. */
  date?: string;
  /** Heading of the open country panel, or null for none. */
  panel?: string | null;
  view?: 'map' | 'table';
  theme?: 'light' | 'dark';
  region?: 'World' | 'Europe';
  /** The query string once the page has read it: what it did not apply is gone, others' params stay. */
  address?: string;
}

const LATEST = latestDayText();
const FIRST = firstDayText();
const XSS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  "'-alert(1)-'",
  '<svg onload=window.__pwned=1>',
];
const enc = encodeURIComponent;

const cases: [query: string, expected: Expect][] = [
  ['', { date: LATEST, panel: null, view: 'map', theme: 'light', region: 'World' }],
  ['?date=2020-07-15&country=GBR', { date: '15 July 2020', panel: 'United Kingdom' }],
  ['?date=2020-13-01', { date: LATEST, address: '' }],
  ['?date=2020-02-30', { date: LATEST }],
  ['?date=2021-02-29', { date: LATEST }],
  ['?date=0000-00-00', { date: LATEST }],
  ['?date=1999-01-01', { date: FIRST }],
  ['?date=2099-01-01', { date: LATEST, address: '' }],
  ['?date=2020', { date: '1 January 2020' }],
  ['?date=2020-07', { date: '1 July 2020' }],
  ['?date=20200715', { date: LATEST }],
  ['?date=15/07/2020', { date: LATEST }],
  ['?date=2020-07-15T00:00:00Z', { date: LATEST }],
  ['?date=-1', { date: LATEST }],
  ['?date=NaN', { date: LATEST }],
  ['?date=', { date: LATEST }],
  ['?date=2020-07-15&date=2019-01-01', { date: '15 July 2020' }],
  ['?date=2021-12-31..2019-01-01', { address: '?date=2019-01-01..2021-12-31' }],
  ['?date=2019-01-01..2019-01-01..2020-01-01', { date: LATEST }],
  ['?country=can', { panel: 'Canada', address: '?country=CAN' }],
  ['?country=ZZZ', { panel: null, address: '' }],
  ['?country=CAN&country=GBR', { panel: 'Canada' }],
  ['?country=' + 'A'.repeat(5000), { panel: null, date: LATEST }],
  ['?country=%00', { panel: null }],
  ['?country=CAN%00', { panel: null }],
  ['?country=__proto__', { panel: null }],
  ['?country=constructor', { panel: null }],
  ['?country=toString', { panel: null }],
  ['?view=TABLE', { view: 'map' }],
  ['?view=table', { view: 'table' }],
  ['?view=table&view=map', { view: 'table' }],
  ['?region=mars', { region: 'World', address: '' }],
  [
    '?utm_source=news&view=foo&country=GBR',
    { panel: 'United Kingdom', address: '?country=GBR&utm_source=news' },
  ],
  ['?region=europe', { region: 'Europe' }],
  ['?theme=dark', { theme: 'dark' }],
  ['?theme=blue', { theme: 'light' }],
  ['?embed=yes&controls=maybe&autoplay=2', { date: LATEST, address: '' }],
  ['?%E0%A4%A=1&date=2020-07-15', { date: '15 July 2020' }],
  ['?date=%', { date: LATEST }],
  ['?&&&=&=&date=2019-02-01', { date: '1 February 2019' }],
  ['?childId=' + enc('<b>x</b>'), { date: LATEST }],
  ['#<img src=x onerror=window.__pwned=1>', { date: LATEST }],
  ...XSS.flatMap((x): [string, Expect][] => [
    [`?date=${enc(x)}&country=CAN`, { date: LATEST, panel: 'Canada' }],
    [`?country=${enc(x)}&date=2020-07-15`, { panel: null, date: '15 July 2020' }],
    [`?view=${enc(x)}&region=${enc(x)}&theme=${enc(x)}`, { view: 'map', region: 'World', theme: 'light' }],
    [`?embed=${enc(x)}&autoplay=${enc(x)}&controls=${enc(x)}&childId=${enc(x)}`, { date: LATEST }],
  ]),
];

let browser: Browser;
let probe: PageProbe;
beforeAll(async () => {
  browser = await launchBrowser();
  probe = await openPage(browser);
});
afterAll(async () => {
  await probe?.context.close();
  await browser?.close();
});

async function panelHeading(page: Page): Promise<string | null> {
  const panel = page.locator('section.country-panel h2');
  return (await panel.count()) > 0 ? ((await panel.first().textContent()) ?? '').trim() : null;
}

describe('hostile and broken URLs', () => {
  it(`has at least 40 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (query, expected) => {
    const base = inject('baseUrl');
    const { page, errors } = probe;
    errors.length = 0;
    await page.goto(`${base}/${query}`);
    await page.getByText(/Source: ChannelE2E/).waitFor();

    if (expected.view !== 'table') {
      await page.locator('svg path[data-id]').first().waitFor();
      if (expected.date)
        await expect(page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).resolves.toBe(
          expected.date,
        );
    }
    if (expected.panel !== undefined) {
      if (expected.panel) await page.locator('section.country-panel h2').first().waitFor();
      await expect(panelHeading(page)).resolves.toBe(expected.panel);
    }
    // The table view loads on demand: wait for it; the map view must have none.
    if (expected.view === 'table') await page.getByRole('table').waitFor();
    if (expected.view === 'map') await expect(page.getByRole('table').count()).resolves.toBe(0);
    if (expected.theme)
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(expected.theme);
    if (expected.region)
      await expect(
        page.getByRole('button', { name: expected.region, exact: true }).getAttribute('aria-pressed'),
      ).resolves.toBe('true');

    // Nothing from the URL ran or landed in the page as markup.
    await expect(
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"], svg[onload], script:not([src])').count()).resolves.toBe(0);
    if (expected.address !== undefined)
      await expect(page.evaluate(() => location.search)).resolves.toBe(expected.address);
    expect(errors).toEqual([]);
  });
});
