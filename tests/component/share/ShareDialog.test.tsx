import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareButton } from '../../../src/features/share/ShareButton';
import { renderWithProviders } from '../renderWithProviders';
import { datasetFile, latestDayText } from '../../statusesFromFile';
import '../map/seedWorld';

const SEARCH = '?country=GBR&date=2020-07-15';

/** Blobs handed to URL.createObjectURL and the file names of the <a download> clicks. */
let blobs: Blob[];
let downloads: string[];
let writeText: ReturnType<typeof vi.fn>;
let revoke: ReturnType<typeof vi.fn<(url: string) => void>>;

// The dialog is lazy: load its module once up front, so no test waits on a cold import.
beforeAll(async () => {
  await import('../../../src/features/share/ShareDialog');
});

beforeEach(() => {
  blobs = [];
  downloads = [];
  // jsdom has no object URLs and cannot follow a download link.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = revoke = vi.fn<(url: string) => void>();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The full app's header button and lazy dialog, opened with a (stubbed) clipboard. */
async function openShare(search = SEARCH, clipboard: 'stub' | 'none' = 'stub') {
  const user = userEvent.setup();
  // After setup(): user-event installs a clipboard of its own.
  writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: clipboard === 'stub' ? { writeText } : undefined,
  });
  const rendered = renderWithProviders(<ShareButton />, { search });
  const button = screen.getByRole('button', { name: 'Share' });
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Share this map' }, { timeout: 5000 });
  return { user, button, dialog, ...rendered };
}

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('unreadable blob'));
    reader.readAsText(blob);
  });

/** The iframe's src in an embed snippet, decoded from its HTML attribute. */
const frameSrc = (code: string) => new URL(/<iframe src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));

describe('Share dialog', () => {
  it('opens on the link to the current view, copies it and says so', async () => {
    const { user, dialog } = await openShare();
    expect(within(dialog).getByRole('tab', { name: 'Link' })).toHaveAttribute('aria-selected', 'true');
    expect(within(dialog).getByRole('tab', { name: 'Link' })).toHaveFocus();
    const link = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue(
      `${window.location.origin}${window.location.pathname}?date=2020-07-15&country=GBR`,
    );
    expect(link).toHaveAttribute('readonly');

    const status = within(dialog).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith((link as HTMLInputElement).value);
    expect(status).toHaveTextContent('Copied');
    // The feedback goes after two seconds, so a second copy is announced again.
    await waitFor(() => expect(status).toBeEmptyDOMElement(), { timeout: 3000 });
  });

  it('gives embed code for this view, with the date pinned or always the latest', async () => {
    const { user, dialog } = await openShare();
    await user.click(within(dialog).getByRole('tab', { name: 'Embed' }));
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    expect(code).toHaveAccessibleDescription(/without it.* 640 px tall/);
    let src = frameSrc((code as HTMLTextAreaElement).value);
    expect(src.origin + src.pathname).toBe(window.location.origin + window.location.pathname);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('country')).toBe('GBR');
    expect(src.searchParams.get('date')).toBe('2020-07-15');
    expect((code as HTMLTextAreaElement).value).toContain('title="Map: Where is Huawei banned?"');

    expect(within(dialog).getByRole('radio', { name: 'Open on 15 July 2020' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: 'Always show the latest update' }));
    src = frameSrc((code as HTMLTextAreaElement).value);
    expect(src.searchParams.has('date')).toBe(false);
    expect(src.searchParams.get('country')).toBe('GBR');

    await user.click(within(dialog).getByRole('radio', { name: 'Dark' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Hide the timeline' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Play the timeline on load' }));
    src = frameSrc((code as HTMLTextAreaElement).value);
    expect(src.searchParams.get('theme')).toBe('dark');
    expect(src.searchParams.get('controls')).toBe('0');
    expect(src.searchParams.get('autoplay')).toBe('1');

    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(writeText).toHaveBeenCalledWith((code as HTMLTextAreaElement).value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');

    // Choices survive a look at another tab.
    await user.click(within(dialog).getByRole('tab', { name: 'Link' }));
    await user.click(within(dialog).getByRole('tab', { name: 'Embed' }));
    expect(within(dialog).getByRole('radio', { name: 'Always show the latest update' })).toBeChecked();
  });

  it('pins the latest day when the view has no date, and offers "latest" first', async () => {
    const { user, dialog } = await openShare('?country=CAN');
    await user.click(within(dialog).getByRole('tab', { name: 'Embed' }));
    expect(within(dialog).getByRole('radio', { name: 'Always show the latest update' })).toBeChecked();
    const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' });
    expect(frameSrc(code.value).searchParams.has('date')).toBe(false);
    await user.click(within(dialog).getByRole('radio', { name: `Open on ${latestDayText()}` }));
    expect(frameSrc(code.value).searchParams.get('date')).toBe(datasetFile.updatedAt);
  });

  it('falls back to selecting and copying the text without the Clipboard API', async () => {
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    const { user, dialog } = await openShare(SEARCH, 'none');
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied');
    // Focus goes back to the button the reader pressed.
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toHaveFocus();

    execCommand.mockReturnValue(false);
    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(/Not copied: press Ctrl\+C/);
    // The text is left selected, ready for Ctrl+C.
    const link = within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Link to this view' });
    expect(link).toHaveFocus();
    expect([link.selectionStart, link.selectionEnd]).toEqual([0, link.value.length]);
  });

  it('downloads the data as CSV and JSON, and the map as an SVG that parses', async () => {
    const { user, dialog } = await openShare();
    await user.click(within(dialog).getByRole('tab', { name: 'Download' }));
    expect(within(dialog).getByRole('heading', { name: /^The map on 15 July 2020/ })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Every update, with sources (CSV)' }));
    expect(downloads).toEqual([`huawei-5g-${datasetFile.updatedAt}.csv`]);
    expect(blobs[0]!.type).toMatch(/^text\/csv/);
    expect(await readBlob(blobs[0]!)).toMatch(/^\uFEFF?update_id,entity_id,entity_name,date,/);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `Downloaded huawei-5g-${datasetFile.updatedAt}.csv`,
    );

    await user.click(within(dialog).getByRole('button', { name: 'Whole dataset (JSON)' }));
    expect(blobs[1]!.type).toBe('application/json');
    expect(JSON.parse(await readBlob(blobs[1]!))).toMatchObject({
      schemaVersion: 3,
      updatedAt: datasetFile.updatedAt,
    });

    await user.click(within(dialog).getByRole('button', { name: 'SVG (editable)' }));
    expect(downloads[2]).toBe('huawei-5g-status-2020-07-15.svg');
    expect(blobs[2]!.type).toBe('image/svg+xml');
    const doc = new DOMParser().parseFromString(await readBlob(blobs[2]!), 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.querySelector('title')?.textContent).toMatch(/as of 15 July 2020$/);
    // Not revoked at once: some browsers read the URL after click() returns.
    expect(revoke).not.toHaveBeenCalled();
  });

  it('names each download after what the file is', async () => {
    const { user, dialog } = await openShare();
    await user.click(within(dialog).getByRole('tab', { name: 'Download' }));
    const panel = within(dialog).getByRole('tabpanel', { name: 'Download' });
    const names = within(panel)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'PNG image',
      'SVG (editable)',
      'Status by country on 15 July 2020 (CSV)',
      'Every update, with sources (CSV)',
      'Whole dataset (JSON)',
    ]);
  });

  it('downloads each country’s status on the shown day, the later one in compare mode', async () => {
    const { user, dialog } = await openShare('?date=2019-01-01..2020-07-15');
    await user.click(within(dialog).getByRole('tab', { name: 'Download' }));
    await user.click(within(dialog).getByRole('button', { name: 'Status by country on 15 July 2020 (CSV)' }));
    expect(downloads).toEqual(['huawei-5g-status-2020-07-15.csv']);
    expect(blobs[0]!.type).toMatch(/^text\/csv/);
    const rows = (await readBlob(blobs[0]!))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('iso3,name,as_of,status,since,since_precision,latest_update,updates');
    expect(rows).toContainEqual(expect.stringMatching(/^GBR,United Kingdom,2020-07-15,banned,/));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Downloaded huawei-5g-status-2020-07-15.csv',
    );
  });

  it('exports the map as the reader sees it: the region preset and the theme', async () => {
    const { user, dialog } = await openShare('?date=2020-07-15&region=europe&theme=dark');
    await user.click(within(dialog).getByRole('tab', { name: 'Download' }));
    await user.click(within(dialog).getByRole('button', { name: 'SVG (editable)' }));
    const doc = new DOMParser().parseFromString(await readBlob(blobs[0]!), 'image/svg+xml');
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('#121418');
    // Europe's frame: Germany drawn, Australia left off.
    expect(doc.getElementById('country-DEU')).not.toBeNull();
    expect(doc.getElementById('country-AUS')).toBeNull();
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user, dialog } = await openShare();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('tab', { name: 'Embed' })).toHaveFocus();
    expect(within(dialog).getByRole('tabpanel', { name: 'Embed' })).toBeVisible();
    await user.keyboard('{End}');
    expect(within(dialog).getByRole('tab', { name: 'Download' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('tab', { name: 'Link' })).toHaveFocus();
    expect(within(dialog).queryByRole('tabpanel', { name: 'Download' })).toBeNull();
  });

  it('closes on Escape and on its close button, giving focus back to Share', async () => {
    const { user, button } = await openShare();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Share this map' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('pauses playback while open: what is shared is what is on screen', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<ShareButton />, { search: SEARCH });
    store.getState().setPlaying(true);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await screen.findByRole('dialog');
    expect(store.getState().playing).toBe(false);
  });
});
