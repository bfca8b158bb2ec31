import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createIndex } from '../../src/data/createIndex';
import { formatDay } from '../../src/data/dates';
import { validateDataset } from '../../src/data/validateDataset';
import { launchBrowser, openPage, waitForApp } from './browser';

/** The bundled dataset, as the built page serves it. */
const index = (() => {
  const result = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!result.ok) throw new Error('the bundled dataset does not validate');
  return createIndex(result.dataset);
})();
/** The update day with the most updates. */
const busiest = formatDay(index.events.reduce((a, b) => (b.updates.length > a.updates.length ? b : a)).day);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every country shape's current fill, by id. */
const fills = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('svg path[data-id]')].map((p) => [
        p.getAttribute('data-id'),
        p.getAttribute('fill'),
      ]),
    ),
  );

describe('timeline playback in Chromium', () => {
  it('plays from an early date: the slider advances, countries change colour, and the URL keeps the date on pause', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${base}/?date=2019-01-01`);

    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.waitFor();
    await waitForApp(page);
    expect(await slider.getAttribute('aria-valuetext')).toBe('1 January 2019');
    // Wait for the map to have painted its fills before taking the "before" picture.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('svg path[data-id]')].some((p) => p.getAttribute('fill')),
    );
    const before = await fills(page);
    const startDay = Number(await slider.getAttribute('aria-valuenow'));

    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      (start) =>
        Number(document.querySelector('[role="slider"][aria-label="Date"]')?.getAttribute('aria-valuenow')) >
        start,
      startDay,
    );
    expect(await slider.getAttribute('aria-valuetext')).not.toBe('1 January 2019');
    // Some country's fill changes as playback crosses a decision.
    await page.waitForFunction(
      (initial) =>
        [...document.querySelectorAll('svg path[data-id]')].some(
          (p) => p.getAttribute('fill') !== initial[p.getAttribute('data-id')!],
        ),
      before,
      { timeout: 30_000 },
    );

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const shown = Number(await slider.getAttribute('aria-valuenow'));
    const iso = new Date(shown * 86_400_000).toISOString().slice(0, 10);
    // syncUrl writes the paused date once, right away.
    await page.waitForFunction((want) => new URLSearchParams(location.search).get('date') === want, iso);
    expect(new URL(page.url()).searchParams.get('date')).toBe(iso);
    expect(await page.locator('.timeline-date').first().textContent()).toContain(
      await slider.getAttribute('aria-valuetext'),
    );
    // And it stays put once paused.
    await page.waitForTimeout(300);
    expect(Number(await slider.getAttribute('aria-valuenow'))).toBe(shown);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('autoplay=1 plays on load, but not for a reader who asked for reduced motion', async () => {
    const base = inject('baseUrl');
    const moving = await openPage(browser);
    await moving.page.goto(`${base}/?autoplay=1`);
    await moving.page.getByRole('button', { name: 'Pause' }).waitFor();
    await moving.context.close();

    const still = await openPage(browser, { reducedMotion: 'reduce' });
    await still.page.goto(`${base}/?autoplay=1`);
    const slider = still.page.getByRole('slider', { name: 'Date' });
    await slider.waitFor();
    await waitForApp(still.page);
    await still.page.getByRole('button', { name: 'Play' }).waitFor();
    // Still on the latest update.
    expect(await slider.getAttribute('aria-valuenow')).toBe(await slider.getAttribute('aria-valuemax'));
    expect(still.errors).toEqual([]);
    await still.context.close();
  });
});

/** The caption under the date: whether its text overflows its box, and how many lines it takes. */
const captionFit = (page: Page) =>
  page.evaluate(() => {
    const caption = document.querySelector<HTMLElement>('.timeline-caption')!;
    const line = caption.querySelector('[aria-hidden="true"]')!;
    const range = document.createRange();
    range.selectNodeContents(line);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return {
      text: line.textContent ?? '',
      overflows: caption.scrollWidth > caption.clientWidth,
      lines: tops.size,
      title: caption.title,
    };
  });

describe('the timeline at the size of the whole story', () => {
  it(`names the busiest day's changes on one line at phone, tablet and desktop widths`, async () => {
    const base = inject('baseUrl');
    const updates = index.events.find((e) => formatDay(e.day) === busiest)!.updates;
    const ids = updates.flatMap((t) => Object.keys(t.update.status ?? {}));
    const names = [...new Set(ids)].map((id) => index.entities.get(id)?.name ?? id);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const width of [390, 720, 1024, 1280]) {
      const { page, errors, context } = await openPage(browser, { viewport: { width, height: 800 } });
      await page.goto(`${base}/?date=${busiest}`);
      await waitForApp(page);
      await page.getByRole('slider', { name: 'Date' }).waitFor();
      const fit = await captionFit(page);
      expect({ width, overflows: fit.overflows, lines: fit.lines }).toEqual({
        width,
        overflows: false,
        lines: 1,
      });
      // It names at least one change, and says how many it leaves out.
      expect(fit.text).toMatch(/→|: still /);
      expect(fit.text).toMatch(/\+\d+ more|\d+ (updates|changes)/);
      // The tooltip names every change.
      for (const name of names) expect(fit.title).toContain(name);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('under reduced motion on a phone, plays in steps whose captions each fit one line', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser, {
      viewport: { width: 390, height: 800 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${base}/?date=${formatDay(index.firstDay)}`);
    await waitForApp(page);
    await page.getByRole('slider', { name: 'Date' }).waitFor();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4×');
    // Every caption shown while playing, and whether it fitted.
    await page.evaluate(() => {
      const caption = document.querySelector<HTMLElement>('.timeline-caption')!;
      const seen: [string, boolean][] = [];
      (window as unknown as { captions: typeof seen }).captions = seen;
      new MutationObserver(() =>
        seen.push([caption.textContent ?? '', caption.scrollWidth > caption.clientWidth]),
      ).observe(caption, { subtree: true, characterData: true, childList: true });
    });
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => (window as unknown as { captions: unknown[] }).captions.length >= 8);
    await page.getByRole('button', { name: 'Pause' }).click();
    const captions = await page.evaluate(
      () => (window as unknown as { captions: [string, boolean][] }).captions,
    );
    expect(captions.filter(([, overflows]) => overflows)).toEqual([]);
    // A step that passes several update days names them together.
    expect(captions.some(([text]) => /\d+ more/.test(text))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('labels the years of a 2018–2026 axis on a phone without collisions, and keeps its ticks apart', async () => {
    const base = inject('baseUrl');
    const { page, errors, context } = await openPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(base);
    await waitForApp(page);
    await page.getByRole('slider', { name: 'Date' }).waitFor();
    const axis = await page.evaluate(() => {
      const track = document.querySelector('.timeline-slider__track')!.getBoundingClientRect();
      const marks = [...document.querySelectorAll('.timeline-axis__year')];
      const labels = marks
        .filter((m) => m.textContent)
        .map((m) => {
          const r = m.getBoundingClientRect();
          return { year: m.textContent, left: r.left, right: r.right };
        });
      const svg = document.querySelector('.timeline-axis__ticks')!;
      const scale = track.width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
      const xs = [...svg.querySelectorAll('path')]
        .flatMap((p) =>
          [...(p.getAttribute('d') ?? '').matchAll(/M([\d.]+) /g)].map((m) => Number(m[1]) * scale),
        )
        .sort((a, b) => a - b);
      return { marks: marks.length, labels, xs, viewport: window.innerWidth };
    });
    const years = new Set(index.events.map((e) => new Date(e.day * 86_400_000).getUTCFullYear()));
    expect(axis.marks).toBe(years.size);
    expect(axis.labels.length).toBeGreaterThanOrEqual(Math.ceil(years.size / 2));
    for (let i = 1; i < axis.labels.length; i++)
      expect(axis.labels[i]!.left - axis.labels[i - 1]!.right).toBeGreaterThanOrEqual(4);
    expect(axis.labels[0]!.left).toBeGreaterThanOrEqual(0);
    expect(axis.labels.at(-1)!.right).toBeLessThanOrEqual(axis.viewport);
    // Hundreds of update days, as ticks a few px apart rather than a solid bar.
    expect(axis.xs.length).toBeGreaterThan(30);
    for (let i = 1; i < axis.xs.length; i++) expect(axis.xs[i]! - axis.xs[i - 1]!).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});
