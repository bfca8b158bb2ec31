import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, as the e2e suite uses it (tests/e2e/browser.ts). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The e2e suite's flags: no sandbox (root in a container), no GPU, nothing phoning home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/**
 * What a mid-range phone shows (Lighthouse's mobile screen: Moto G Power, 412×823 at DPR 1.75):
 * the app is embedded in articles read on phones.
 */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: 'en-GB',
  colorScheme: 'light' as const,
  reducedMotion: 'no-preference' as const,
};
