import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cssFill, launchBrowser, openPage, waitForApp } from './browser';
import { axeViolations } from './axe';
import { createStatusScale, THEMES } from '../../src/data/statusScale';
import { parseCsv } from '../../src/data/parseCsv';
import { countryStatusesIn, type RawDataset } from '../statusesFromFile';

/**
 * The site built for another story (tests/fixtures/story-fictional/, imported and built with
 * STORY set by global-setup.ts): its own title, statuses, labels and colours, and nothing of
 * Huawei's left on the page.
 */

interface StoryDataset extends RawDataset {
  story: { title: string; subject: string; statuses: { id: string; label: string; meaning: string }[] };
  updates: (RawDataset['updates'][number] & { entity: string; text: string })[];
}

const storyUrl = inject('storyUrl');
/** The dataset the site was built from and ships, as `npm run import` made it from the fixture. */
const dataset = JSON.parse(readFileSync(inject('storyDataset'), 'utf8')) as StoryDataset;
const { story } = dataset;
const scale = createStatusScale(story.statuses.map((s) => s.id));
const labelOf = new Map(story.statuses.map((s) => [s.id, s.label]));
/** Every country's status at the latest date, worked out from the file (statusesFromFile.ts). */
const latest = countryStatusesIn(dataset, dataset.updatedAt);
const nameOf = new Map(dataset.entities.map((e) => [e.id, e.name]));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countText = (n: number) => (n === 1 ? '1 country' : `${n} countries`);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the story's site and waits until the app has run and the data is in (the footer's source line). */
async function openStory(search = '') {
  const opened = await openPage(browser);
  await opened.page.goto(`${storyUrl}/${search}`);
  await waitForApp(opened.page);
  await opened.page.getByText(/^Sources?: /).waitFor();
  return opened;
}

/** Opens the story's site with the app's script held back: what a reader sees before it has run. */
async function openWithoutApp(page: Page) {
  await page.route('**/assets/*.js', () => new Promise(() => {}));
  await page.goto(`${storyUrl}/`, { waitUntil: 'commit' });
  await page.locator('#root h1').first().waitFor({ state: 'attached' });
}

/** Every country shape's id and computed fill. */
const countryFills = async (page: Page) =>
  new Map(
    await page.$$eval('path.map-country[data-id]', (paths) =>
      paths.map((p) => [p.getAttribute('data-id')!, getComputedStyle(p).fill] as const),
    ),
  );

/** The texts of the fixture CSV's rows for `entity` (as its code), as the spreadsheet holds them. */
function csvTextsOf(entity: string): string[] {
  const parsed = parseCsv(readFileSync('tests/fixtures/story-fictional/updates.csv', 'utf8'));
  if (!parsed.ok) throw new Error('the fixture CSV does not parse');
  const [header, ...rows] = parsed.records.map((r) => r.cells);
  const [e, t] = [header!.indexOf('entity'), header!.indexOf('text')];
  return rows.filter((cells) => cells[e] === entity).map((cells) => cells[t]!);
}

/** The lines of the page's visible text that name Huawei, which a story about something else must not. */
const huaweiLines = async (page: Page) =>
  (await page.evaluate(() => document.body.innerText)).split('\n').filter((line) => /huawei/i.test(line));

describe('the site built for another story (STORY=…, the fictional Glowberry one)', () => {
  it('has a country of each of its statuses at the latest date (else the checks below prove little)', () => {
    expect(new Set(latest.values())).toEqual(new Set(story.statuses.map((s) => s.id)));
    expect(story.statuses.map((s) => s.label)).toEqual(['Banned', 'Limited', 'Allowed']);
  });

  it('shows the story’s statuses in the legend, with the counts of its latest date', async () => {
    const { page, context, errors } = await openStory();
    const legend = page.getByRole('group', { name: 'Status on the selected date' });
    for (const { id, label } of story.statuses) {
      const n = [...latest.values()].filter((s) => s === id).length;
      await expect(
        legend.getByRole('button', { name: `${label} ${countText(n)}` }).isVisible(),
      ).resolves.toBe(true);
    }
    // Its statuses only: no Huawei one (restricted, debating, permitted) besides.
    expect(await legend.getByRole('button').count()).toBe(story.statuses.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('colours the prerendered map by the story’s scale before any script runs, in both themes', async () => {
    for (const theme of THEMES) {
      const { page, context } = await openPage(browser, { colorScheme: theme });
      await openWithoutApp(page);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const fills = await countryFills(page);
      for (const [id, status] of latest)
        expect(fills.get(id), `${theme} ${id}`).toBe(cssFill(scale.fill(status, theme)));
      const noData = [...fills].filter(([id]) => !latest.has(id));
      expect(noData.length).toBeGreaterThan(0);
      for (const [id, fill] of noData)
        expect(fill, `${theme} ${id}`).toBe(cssFill(scale.fill('none', theme)));
      await context.close();
    }
    // And with scripts off altogether.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${storyUrl}/`);
    const fills = await countryFills(page);
    for (const [id, status] of latest) expect(fills.get(id), id).toBe(cssFill(scale.fill(status, 'light')));
    await context.close();
  });

  it('opens a country’s panel on a click, with its status in the story’s words and its update from the CSV', async () => {
    const texts = csvTextsOf('CAN');
    expect(texts.length).toBeGreaterThan(0);
    const { page, context, errors } = await openStory();
    await page.getByRole('button', { name: /^Canada: / }).click();
    const panel = page.getByRole('region', { name: 'Canada' });
    await panel.waitFor();
    expect(await panel.getByRole('heading', { name: 'Canada', level: 2 }).isVisible()).toBe(true);
    const label = labelOf.get(latest.get('CAN')!)!;
    expect(
      await panel
        .getByText(new RegExp(`^${label} since `))
        .first()
        .isVisible(),
    ).toBe(true);
    for (const text of texts)
      expect(await panel.getByText(text, { exact: true }).isVisible(), text).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['an open panel, light', '?country=CAN', 'light'],
    ['an embed, dark', '?embed=1&theme=dark', 'dark'],
  ] as const)('gives axe nothing to report in %s, with its own colours', async (_label, search, scheme) => {
    const { page, context } = await openPage(browser, { colorScheme: scheme });
    await page.goto(`${storyUrl}/${search}`);
    await waitForApp(page);
    await page.getByText(/^Sources?: /).waitFor();
    if (search.includes('country=')) await page.getByRole('region', { name: 'Canada' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists the entities in the table view with the story’s status labels', async () => {
    const { page, context, errors } = await openStory();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    for (const [id, status] of latest) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: nameOf.get(id)!, exact: true }) });
      await expect(row.getByRole('cell').first().textContent(), id).resolves.toBe(labelOf.get(status));
    }
    // Every status cell is one of the story's labels, or no data (a company, a country without updates).
    const cells = await table
      .getByRole('row')
      .evaluateAll((rows) => rows.slice(1).map((r) => r.querySelector('td')?.textContent ?? ''));
    expect(cells).toHaveLength(dataset.entities.length);
    for (const cell of cells) expect([...labelOf.values(), 'No data']).toContain(cell);
    expect(errors).toEqual([]);
    await context.close();
  });

  // The story's own title and no "Huawei" anywhere a reader looks: these need the header, the
  // page's title and the texts (strings.ts) to come from the story.
  it('is headed and titled with the story’s title', async () => {
    const { page, context } = await openStory();
    // (Soft: both are reported when both are wrong.)
    expect.soft(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story.title);
    expect.soft(await page.title()).toMatch(new RegExp(`^${escapeRegExp(story.title)}`));
    await context.close();
  });

  it('names the story in the embed code’s iframe title', async () => {
    const { page, context } = await openStory();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    await dialog.getByRole('tab', { name: 'Embed' }).click();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const title = /<iframe\b[^>]*\btitle="([^"]*)"/.exec(code)?.[1];
    const decoded = title
      ?.replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    // As a sentence may begin it: "Map: where is …".
    expect(decoded?.toLowerCase()).toContain(story.title.toLowerCase());
    await context.close();
  });

  it('says nothing of Huawei in index.html’s title and description', async () => {
    const html = await (await fetch(`${storyUrl}/`)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    expect(title).toBeTruthy();
    expect(description).toBeTruthy();
    expect.soft(title).not.toMatch(/huawei/i);
    expect.soft(description).not.toMatch(/huawei/i);
  });

  it.each([
    ['at the plain address', async () => {}],
    [
      'with a country’s panel open',
      async (page: Page) => {
        await page.getByRole('button', { name: /^Canada: / }).click();
        await page.getByRole('region', { name: 'Canada' }).waitFor();
      },
    ],
    [
      'in the table view',
      async (page: Page) => {
        await page.getByRole('button', { name: 'Table', exact: true }).click();
        await page.getByRole('table').waitFor();
      },
    ],
    [
      'in About',
      async (page: Page) => {
        await page.getByRole('button', { name: 'About this map' }).click();
        await page.getByRole('dialog', { name: 'About this map' }).waitFor();
      },
    ],
  ] as const)('says nothing of Huawei %s', async (_, open) => {
    const { page, context } = await openStory();
    await open(page);
    expect(await huaweiLines(page)).toEqual([]);
    await context.close();
  });

  it('says nothing of Huawei in the Share dialog, on any of its tabs', async () => {
    const { page, context } = await openStory();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this map' });
    for (const tab of ['Link', 'Embed', 'Download']) {
      await dialog.getByRole('tab', { name: tab }).click();
      await dialog.getByRole('tabpanel', { name: tab }).waitFor();
      expect(await huaweiLines(page), tab).toEqual([]);
    }
    await context.close();
  });
});
