import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium';

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
