import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { AppRoot } from '../../../src/app/AppRoot';
import { PRERENDERED_SEARCHES } from '../../../src/app/renderShell';
import { createStoreFromUrl } from '../../../src/state/syncUrl';

const BOOT = readFileSync(resolve(process.cwd(), 'public/boot.js'), 'utf8');

/** Runs public/boot.js as the browser would for an address: what it sets on <html>. */
function boot(search: string, systemDark = false) {
  const attributes = new Map<string, string>();
  const root = { setAttribute: (k: string, v: string) => attributes.set(k, v), style: { colorScheme: '' } };
  const matchMedia = () => ({ matches: systemDark });
  // The file itself, run as a page runs it, so the test checks what ships.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own file, not data or a URL
  new Function('window', 'document', 'location', 'matchMedia', BOOT)(
    { matchMedia },
    { documentElement: root },
    { search },
    matchMedia,
  );
  return { theme: attributes.get('data-theme'), shell: attributes.get('data-shell') ?? null };
}

/** The app's first render for an address, while both files load: what index.html would have to hold. */
function firstRender(search: string): string {
  try {
    const markup = renderToString(
      <AppRoot store={createStoreFromUrl(search)} queryClient={new QueryClient()} />,
    );
    // The embed's link to the full map carries the address's date, country …: an attribute of a
    // link that is inert until the app renders, which writes this address's own then. Not layout.
    return markup.replace(/<a href="[^"]*"([^>]*class="app-footer__full")/, '<a href="…"$1');
  } catch (error) {
    // The table's code loads on demand: its first render waits for it, unlike the plain page's.
    if (/suspense/i.test(String(error))) return `(waits for code: ${search})`;
    throw error;
  }
}

describe('public/boot.js', () => {
  it('shows a prerendered page exactly at the addresses whose first render it is', () => {
    // What index.html holds (renderShell), by the value boot.js gives data-shell to show it.
    const prerendered = new Map<string | null, string>(
      PRERENDERED_SEARCHES.map((search) => [boot(search).shell, firstRender(search)]),
    );
    expect([...prerendered.keys()]).toEqual([null]);
    const searches = [
      '',
      '?date=2020-07-15',
      '?date=2040-01-01',
      '?date=2019-01-01..2021-12-31',
      '?country=GBR',
      '?country=%3Cscript%3E',
      '?view=table',
      '?view=map',
      '?view=TABLE',
      '?region=europe',
      '?region=world',
      '?embed=1',
      '?embed=0',
      '?embed=true',
      '?embed=1&embed=0',
      '?controls=0',
      '?controls=1',
      '?autoplay=1',
      '?childId=story-1',
      '?date=2020-07-15&country=DEU&region=europe&embed=1&autoplay=1&controls=0',
      '?embed=1&date=2020-07-15&autoplay=1&childId=story-1',
      '?embed=1&country=GBR',
      '?embed=1&controls=0',
      '?embed=1&region=europe',
      '?embed=1&date=2019-01-01..2021-12-31',
    ];
    const shown = (search: string) => {
      const render = firstRender(search);
      const match = [...prerendered].find(([, markup]) => markup === render);
      return match ? match[0] : 'off';
    };
    const seen = searches.map((search) => ({ search, shell: boot(search).shell ?? null }));
    expect(seen).toEqual(searches.map((search) => ({ search, shell: shown(search) })));
  });

  it('sets the theme the app will: the one in the address, else the system’s', () => {
    expect(boot('').theme).toBe('light');
    expect(boot('', true).theme).toBe('dark');
    expect(boot('?theme=dark').theme).toBe('dark');
    expect(boot('?theme=light', true).theme).toBe('light');
    expect(boot('?theme=auto', true).theme).toBe('dark');
    expect(boot('?theme=blue', true).theme).toBe('dark');
  });
});
