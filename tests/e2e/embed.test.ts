import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { embedSnippet } from '../../src/features/share/embedSnippet';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The test article on another origin, with `snippet` pasted in (see tests/e2e/host/). */
const articleUrl = (host: string, snippet: string) =>
  `${host}/article.html?snippet=${encodeURIComponent(snippet)}`;

async function appFrame(page: import('playwright-core').Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

describe('embedded in an article on another origin', () => {
  it('fits its content, speaks both resize protocols, opens the deep link, is dark, and stays on its origin', async () => {
    const base = inject('baseUrl');
    const host = inject('otherOrigin');
    const { page, requests, errors, context } = await openPage(browser, {
      viewport: { width: 768, height: 900 },
    });
    const src = `${base}/?embed=1&country=CAN&date=2021-01-01&theme=dark&childId=huawei-map`;
    // A real page on a second loopback origin: Chromium would block a fulfilled (addressless)
    // page from framing a loopback one, which no real article meets.
    await page.goto(articleUrl(host, embedSnippet({ src, title: 'Map: Huawei 5G status by country' })));
    const frame = await appFrame(page);
    await frame.getByRole('heading', { name: 'Canada', level: 2 }).waitFor();

    // Both protocols arrive; the iframe grows to the content's height and nothing scrolls inside.
    await page.waitForFunction(() => {
      const m = (window as unknown as { __messages: unknown[] }).__messages;
      return (
        m.some((x) => typeof x === 'string' && x.startsWith('pymxPYMxhuawei-mapxPYMxheightxPYMx')) &&
        m.some((x) => typeof x === 'object')
      );
    });
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    const json = messages.filter(
      (m): m is { source: string; type: string; height: number } => typeof m === 'object' && m !== null,
    );
    expect(
      json.every((m) => m.source === 'huawei-ban-map' && m.type === 'height' && Number.isInteger(m.height)),
    ).toBe(true);
    await page.waitForFunction(() => {
      const f = document.querySelector('iframe')!;
      return (
        Math.abs(f.getBoundingClientRect().height - parseFloat(f.style.height || '0')) < 1 &&
        parseFloat(f.style.height) > 300
      );
    });
    await expect(
      frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight),
    ).resolves.toBeLessThanOrEqual(1);

    // Dark is genuinely dark.
    const bg = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(50);

    // Links leave in a new tab, without an opener.
    const links = await frame
      .locator('a[href^="http"]')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]));
    expect(links.length).toBeGreaterThan(0);
    for (const [target, rel] of links) {
      expect(target).toBe('_blank');
      expect(rel).toContain('noopener');
    }

    // No request to any host but the app's own (and the article's).
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith(host))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works in a strict sandbox (scripts and popups only), needing no cookies or storage', async () => {
    const base = inject('baseUrl');
    const host = inject('otherOrigin');
    const { page, errors, context } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    const iframe = `<iframe src="${base}/?embed=1&amp;country=GBR" title="Map" style="width:100%;height:700px;border:0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
    await page.goto(articleUrl(host, iframe));
    const frame = await appFrame(page);
    await frame.getByRole('heading', { name: 'United Kingdom', level: 2 }).waitFor();
    await expect(frame.locator('svg path').count()).resolves.toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
  });
});
