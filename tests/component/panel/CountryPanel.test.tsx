import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { CountryPanel } from '../../../src/features/panel/CountryPanel';
import { useAppStore } from '../../../src/state/AppStoreContext';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate } from '../../../src/data/dates';
import type { Dataset } from '../../../src/data/schema';
import { renderWithProviders } from '../renderWithProviders';

const day = (s: string) => parseDate(s)!.day;

beforeAll(() => {
  // The page's language decides date formats; the app ships as en-GB.
  document.documentElement.lang = 'en-GB';
});

/** Stands in for whatever opens the panel (a map shape, a search result, a table row). */
function Opener({ id, label }: { id: string; label: string }) {
  const selectCountry = useAppStore((s) => s.selectCountry);
  return (
    <button type="button" onClick={() => selectCountry(id)}>
      {label}
    </button>
  );
}

const updateItem = (text: RegExp) => {
  const item = screen.getByText(text).closest('li');
  if (!item) throw new Error(`no list item for ${String(text)}`);
  return item;
};

describe('CountryPanel', () => {
  it('opens from the URL with Canada’s status, history and updates on the chosen date', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=CAN&date=2021-01-01' });
    const panel = screen.getByRole('region', { name: 'Canada' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Canada' })).toBeInTheDocument();
    expect(within(panel).getByText('As of 1 January 2021')).toBeInTheDocument();
    // Three "debating" updates (Feb 2019, Jul 2019, Sep 2021) are one stretch of debate.
    expect(within(panel).getByText('Debating since 1 February 2019')).toBeInTheDocument();
    expect(
      within(panel).getByText('Debating from 1 February 2019, banned from 19 May 2022.'),
    ).toBeInTheDocument();

    const own = within(panel).getByRole('list', { name: 'Reported updates' });
    expect(within(own).getAllByRole('listitem')).toHaveLength(7);

    const ban = updateItem(/will join Canada’s closest intelligence allies/);
    expect(within(ban).getByText('Later than the selected date')).toBeInTheDocument();
    expect(within(ban).getByText('Sets Canada: banned')).toBeInTheDocument();
    expect(within(ban).getByRole('button', { name: 'Move the timeline to 19 May 2022' })).toBeInTheDocument();

    const first = updateItem(/as of early February 2019 was currently considering/);
    expect(within(first).queryByText('Later than the selected date')).not.toBeInTheDocument();
    expect(within(first).getByText('The Globe and Mail')).toBeInTheDocument();
    expect(first).toHaveTextContent('Source: The Globe and Mail, February 1, 2019');
  });

  it('shows the date correction as the article printed it and as we use it', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=CAN' });
    const ban = updateItem(/will join Canada’s closest intelligence allies/);
    expect(ban).toHaveTextContent(
      'Correction: the article printed “May 19, 2021”; we use 19 May 2022 — The year is wrong',
    );
    // On the latest date the ban is in force and not "later".
    expect(screen.getByText('Banned since 19 May 2022')).toBeInTheDocument();
    expect(within(ban).queryByText('Later than the selected date')).not.toBeInTheDocument();
  });

  it('opens when the store selects a country', () => {
    const { store } = renderWithProviders(<CountryPanel />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    // Preact's act() flushes a synchronous callback before it returns; its promise adds nothing.
    void act(() => store.getState().selectCountry('CAN'));
    expect(screen.getByRole('heading', { level: 2, name: 'Canada' })).toBeInTheDocument();
  });

  it('moves the timeline when an update’s date is clicked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<CountryPanel />, { search: '?country=CAN&date=2021-01-01' });
    await user.click(screen.getByRole('button', { name: 'Move the timeline to 19 May 2022' }));
    expect(store.getState().date).toBe(day('2022-05-19'));
    // The panel follows: the ban is now the current status.
    expect(screen.getByText('Banned since 19 May 2022')).toBeInTheDocument();
  });

  it('takes focus when opened, and Escape closes it and gives focus back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <>
        <Opener id="CAN" label="Open Canada" />
        <CountryPanel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Open Canada' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Canada' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Canada' })).not.toBeInTheDocument();
    expect(store.getState().country).toBeNull();
    expect(screen.getByRole('button', { name: 'Open Canada' })).toHaveFocus();
  });

  it('closes with the Close button and gives focus back', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <>
        <Opener id="NLD" label="Open the Netherlands" />
        <CountryPanel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Open the Netherlands' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().country).toBeNull();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the Netherlands' })).toHaveFocus();
  });

  it('does not take focus when the URL opens it at load', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=CAN' });
    expect(screen.getByRole('heading', { level: 2, name: 'Canada' })).not.toHaveFocus();
  });

  it('lists the KPN update under the Netherlands with its heading correction', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=NLD' });
    const kpn = updateItem(/KPN has chosen Sweden’s Ericsson/);
    expect(kpn).toHaveTextContent('Correction: the article printed “Denmark”; we use Netherlands');
    expect(kpn).toHaveTextContent('Sets Netherlands: restricted');
    expect(screen.getByText('Restricted since 15 October 2020')).toBeInTheDocument();
  });

  it('groups Germany’s related updates under their relation labels', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=DEU' });
    const eu = screen.getByRole('list', { name: 'From the European Union' });
    const euItems = within(eu).getAllByRole('listitem');
    expect(euItems.length).toBeGreaterThan(5);
    for (const item of euItems) expect(item).toHaveTextContent('Filed under European Union');
    expect(within(eu).getByText(/de-facto ban on Huawei equipment/)).toBeInTheDocument();

    // Deutsche Telekom's updates: the one that sets Germany's status is Germany's own story;
    // those that name Germany are listed as mentioning it.
    const own = screen.getByRole('list', { name: 'Reported updates' });
    const setter = within(own)
      .getByText(/Europe’s biggest telecommunications company/)
      .closest('li')!;
    expect(setter).toHaveTextContent('Filed under Deutsche Telekom');
    expect(setter).toHaveTextContent('Sets Germany: debating');
    const mentions = screen.getByRole('list', { name: 'Mentions this country' });
    expect(within(mentions).getByText(/Deutsche Telekom CEO Tim Hoettges said/)).toBeInTheDocument();
    expect(within(mentions).getAllByText('Filed under Deutsche Telekom')).toHaveLength(2);
  });

  it('labels the reader comment and links only its http(s) sources, in a new tab', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=ESP' });
    const comment = updateItem(/Spain update: The country rolls out 5G network/);
    expect(within(comment).getByText('Reader comment (not reporting; sets no status)')).toBeInTheDocument();
    const link = within(comment).getByRole('link', { name: /rt\.com/ });
    expect(link).toHaveAttribute('href', 'https://www.rt.com/business/461954-spain-5g-network-huawei/amp/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows a drawable country without data by its map name, saying there is no data', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=AGO' });
    expect(screen.getByRole('heading', { level: 2, name: 'Angola' })).toBeInTheDocument();
    expect(screen.getByText('We have no reports about Huawei in Angola yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('names a company’s country and kind', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=bt-group' });
    expect(screen.getByRole('heading', { level: 2, name: 'BT Group' })).toBeInTheDocument();
    expect(screen.getByText('Company based in United Kingdom')).toBeInTheDocument();
    expect(screen.getByText('Restricted since December 2018')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderWithProviders(
      <main>
        <CountryPanel />
      </main>,
      { search: '?country=CAN&date=2021-01-01' },
    );
    const results = await axe.run(container);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('CountryPanel with a hostile dataset', () => {
  const markup = '<img src=x onerror=alert(1)>';
  // Built without validation: the panel must be safe with whatever index it is given.
  const hostile: Dataset = {
    schemaVersion: 1,
    title: 'Hostile',
    description: 'Hostile',
    updatedAt: '2020-01-01',
    entities: [{ id: 'EVL', kind: 'country', name: `Evil ${markup}` }],
    updates: [
      {
        id: 'evil-1',
        entity: 'EVL',
        date: '2020-01-01',
        text: `Text ${markup} and <script>alert(2)</script>`,
        sources: [
          { name: `<script>alert(3)</script>`, date: markup, url: 'javascript:alert(4)' },
          { name: 'Data outlet', url: 'data:text/html,<script>alert(5)</script>' },
          { name: 'Spaced outlet', url: ' javascript:alert(6)' },
          { name: 'Fine outlet', url: 'https://example.org/story' },
        ],
        status: { EVL: 'banned' },
        note: `Note ${markup}`,
        corrections: [{ field: 'text', printed: markup, corrected: '<b>bold</b>', reason: '<i>why</i>' }],
        provenance: 'article',
      },
    ],
  };

  it('renders markup as literal text and links nothing but http(s)', () => {
    const { container } = renderWithProviders(<CountryPanel />, {
      search: '?country=EVL',
      index: createIndex(hostile),
    });
    expect(screen.getByRole('heading', { level: 2, name: `Evil ${markup}` })).toBeInTheDocument();
    expect(screen.getByText(`Text ${markup} and <script>alert(2)</script>`)).toBeInTheDocument();
    expect(screen.getByText('<script>alert(3)</script>')).toBeInTheDocument();
    expect(screen.getByText(`Note ${markup}`, { exact: false })).toBeInTheDocument();
    expect(container).toHaveTextContent('we use <b>bold</b> — <i>why</i>');
    expect(container.querySelector('img, script, b, i')).toBeNull();

    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/story');
    expect(links[0]).toHaveAccessibleName('Fine outlet (opens in a new tab)');
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});
