import type { Locator, Page } from 'playwright-core';

export interface PlayControls {
  slider: Locator;
  play: Locator;
  pause: Locator;
}

/**
 * Loads `url` and waits until its Play can be used, outside any figure.
 * The contract both pages keep: a slider named "Date" holding the day in aria-valuenow, a "Play"
 * button (then "Pause"); the app also has a Speed menu and a Loop toggle, set to fastest and on
 * (the baseline always loops, one update day every 8 frames).
 */
export async function loadForPlayback(page: Page, url: string): Promise<PlayControls> {
  await page.goto(url, { waitUntil: 'networkidle', timeout: 30_000 });
  const slider = page.getByRole('slider', { name: 'Date' }).first();
  const play = page.getByRole('button', { name: /^play\b/i }).first();
  const pause = page.getByRole('button', { name: /^pause\b/i }).first();
  // The app's prerendered page is inert until hydrated; the baseline's Play disabled until loaded.
  await page.waitForFunction(
    `[...document.querySelectorAll('button')].some((b) => /^play/i.test(b.textContent.trim() || b.ariaLabel || '') && !b.disabled && !b.closest('[inert]'))`,
    undefined,
    { timeout: 30_000 },
  );
  if ((await slider.count()) === 0) throw new Error('no slider named "Date" on the page');
  const menu = page.getByRole('combobox', { name: /speed/i }).first();
  const speeds =
    (await menu.count()) > 0
      ? await menu.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
      : [];
  const fastest = speeds.sort((a, b) => parseFloat(b) - parseFloat(a))[0];
  if (fastest !== undefined) await menu.selectOption(fastest);
  const loop = page.getByRole('button', { name: /loop/i }).first();
  if ((await loop.count()) > 0 && (await loop.getAttribute('aria-pressed')) !== 'true') await loop.click();
  // A moment for the load's last work; quiet cannot be told now, the throttler keeps a core busy.
  await new Promise((ok) => setTimeout(ok, 1_000));
  return { slider, play, pause };
}
