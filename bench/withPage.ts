import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../scripts/lib/chromium';
import { waitForQuiet } from './waitForQuiet';

/** Every figure is taken at this CPU slowdown: the map is read on mid-range phones. */
export const CPU_THROTTLE = 4;

/** Lighthouse's mobile screen (Moto G Power): the app is embedded in articles read on phones. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: 'en-GB',
  colorScheme: 'light' as const,
  reducedMotion: 'no-preference' as const,
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** What `withPage` hands over; `errors` collects the page's errors, to say why a figure is missing. */
export interface OpenedPage {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  /** Whether the machine was quiet before the page was slowed (false: the figures were taken while busy). */
  machineQuiet: boolean;
}

/**
 * Runs `run` on a page in a fresh browser context (nothing cached from another load) at 4× CPU,
 * the HTTP cache off unless `cache`, with `initScript` before any of the document's own scripts;
 * closes the context after, whatever happens.
 */
export async function withPage<T>(
  browser: Browser,
  options: { cache?: boolean; initScript?: string },
  run: (opened: OpenedPage) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
    if (options.initScript) await page.addInitScript(options.initScript);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !options.cache });
    // Before the slowdown: CDP's throttler itself keeps most of a core busy while it is on.
    const machineQuiet = await waitForQuiet();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    return await run({ page, cdp, errors, machineQuiet });
  } finally {
    await context.close();
  }
}
