import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { chromium, type Browser, type BrowserContext, type Page, type ConsoleMessage } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this sandbox needs (no downloads, no phoning home). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

export interface PageProbe {
  page: Page;
  context: BrowserContext;
  /** Uncaught errors and console errors seen so far. */
  errors: string[];
  /** Every request URL the page made. */
  requests: string[];
}

/** A fresh context and page that records errors and requests, for one journey. */
export async function openPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    hasTouch?: boolean;
    isMobile?: boolean;
  } = {},
): Promise<PageProbe> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile ?? false,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => requests.push(r.url()));
  return { page, context, errors, requests };
}

/**
 * Until the app runs the page. The prerendered page is on screen (slider included) before any of
 * the app's code runs, and inert until React has hydrated or replaced it: a reader's taps wait too.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('#root:not([inert])').waitFor({ state: 'attached' });
}

/** A fill as getComputedStyle writes it: url("#id") for a pattern, rgb() for a colour. */
export function cssFill(fill: string): string {
  const url = /^url\(#(.+)\)$/.exec(fill);
  if (url) return `url("#${url[1]}")`;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
