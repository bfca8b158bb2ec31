import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../../../src/app/renderShell';

const BOOT = readFileSync(resolve(process.cwd(), 'public/boot.js'), 'utf8');

const FILES = {
  dataset: readFileSync(resolve(process.cwd(), 'public/data/huawei-5g.json'), 'utf8'),
  world: readFileSync(resolve(process.cwd(), 'public/data/world.json'), 'utf8'),
};

const LATEST = (JSON.parse(FILES.dataset) as { updatedAt: string }).updatedAt;

/** Runs public/boot.js as the browser would for an address: what it sets on <html>. */
function boot(search: string, systemDark = false) {
  const attributes = new Map<string, string>();
  const root = { setAttribute: (k: string, v: string) => attributes.set(k, v), style: { colorScheme: '' } };
  const matchMedia = () => ({ matches: systemDark });
  // The file itself, run as a page runs it, so the test checks what ships.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own file, not data or a URL
  new Function('window', 'document', 'location', 'matchMedia', BOOT)(
    { matchMedia },
    // index.html's meta naming the day the prerendered page shows (scripts/lib/prerenderShell.ts).
    { documentElement: root, querySelector: () => ({ content: LATEST }) },
    { search },
    matchMedia,
  );
  return { theme: attributes.get('data-theme'), shell: attributes.get('data-shell') ?? null };
}

/** The app's first view at an address with both files in: what index.html would have to hold. */
function firstRender(search: string): string {
  try {
    return renderShell(FILES, search);
  } catch (error) {
    // The table's code loads on demand: its first render waits for it, unlike the plain page's.
    if (/suspense|suspended/i.test(String(error))) return `(waits for code: ${search})`;
    throw error;
  }
}

describe('public/boot.js', () => {
  it('shows a prerendered page exactly at the addresses whose first render it is', () => {
    // What index.html holds (renderShell at the plain address), by the value boot.js gives
    // data-shell to show it.
    const prerendered = new Map<string | null, string>([[boot('').shell, firstRender('')]]);
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
    const plain = prerendered.get(null)!;
    for (const search of searches) {
      // Never a wrong map shown as if right: where boot.js shows the page, it is this address's.
      if (boot(search).shell === null) expect(firstRender(search), search).toBe(plain);
      // And where this address's first view is the page, it is shown, but for a date boot.js
      // cannot check against the dataset's range (out of range, the app clamps it to the range).
      else if (!/date=\d/.test(search)) expect(firstRender(search), search).not.toBe(plain);
    }
    for (const search of [
      '',
      `?date=${LATEST}`,
      '?view=map',
      '?region=world',
      '?embed=0',
      '?date=15/07/2020',
    ])
      expect(boot(search).shell, search).toBeNull();
    for (const search of ['?date=2020-07-15', '?date=2020', '?embed=1', '?country=GBR'])
      expect(boot(search).shell, search).toBe('off');
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
