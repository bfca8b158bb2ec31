import { beforeAll, describe, expect, it } from 'vitest';
import { statusLabel } from '../../../src/shared/text/statusText';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { CountryPanel } from '../../../src/features/panel/CountryPanel';
import { useAppStore } from '../../../src/state/AppStoreContext';
import { createIndex } from '../../../src/data/createIndex';
import { COUNTRIES } from '../../../src/data/countries.generated';
import { parseDate } from '../../../src/data/dates';
import type { Dataset } from '../../../src/data/schema';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { stateToSearch } from '../../../src/state/urlState';
import { realIndex, renderWithProviders } from '../renderWithProviders';

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

/** The year disclosure buttons ("2019, 5 updates") in the panel, in page order. */
const yearButtons = () => screen.queryAllByRole('button', { name: /^\d{4}, \d+ updates?$/ });
// What the button shows: "2019" and "5 updates".
const yearOf = (button: HTMLElement) => Number(button.textContent.slice(0, 4));
const countOf = (button: HTMLElement) => Number(/(\d+) updates?$/.exec(button.textContent)![1]);

/** Opens a year the way a reader does, wherever it is closed. */
async function openYear(user: ReturnType<typeof userEvent.setup>, year: number) {
  for (const b of yearButtons())
    if (yearOf(b) === year && b.getAttribute('aria-expanded') === 'false') await user.click(b);
}

async function openAllYears(user: ReturnType<typeof userEvent.setup>) {
  for (const b of yearButtons()) if (b.getAttribute('aria-expanded') === 'false') await user.click(b);
}

const index = realIndex();

describe('CountryPanel', () => {
  it('opens from the URL with Canada’s status, history and updates on the chosen date', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CountryPanel />, { search: '?country=CAN&date=2021-01-01' });
    const panel = screen.getByRole('region', { name: 'Canada' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Canada' })).toBeInTheDocument();
    expect(within(panel).getByText('As of 1 January 2021')).toBeInTheDocument();
    const status = index.statusAt('CAN', day('2021-01-01'));
    expect(
      within(panel).getByText(new RegExp(`^${statusLabel(index.story, status)} since `)),
    ).toBeInTheDocument();
    expect(within(panel).getByText(/, banned from 19 May 2022\.$/)).toBeInTheDocument();

    // Every update is counted under its year, whether the year is open or not.
    const total = yearButtons().reduce((n, b) => n + countOf(b), 0);
    expect(total).toBe(index.updatesFor('CAN').length);

    await openYear(user, 2022);
    const ban = updateItem(/will join Canada’s closest intelligence allies/);
    expect(within(ban).getByText('The article’s words')).toBeInTheDocument();
    expect(within(ban).getByText('Later than the selected date')).toBeInTheDocument();
    expect(within(ban).getByText('Sets Canada: banned')).toBeInTheDocument();
    expect(within(ban).getByRole('button', { name: 'Move the timeline to 19 May 2022' })).toBeInTheDocument();

    await openYear(user, 2019);
    const first = updateItem(/as of early February 2019 was currently considering/);
    expect(within(first).queryByText('Later than the selected date')).not.toBeInTheDocument();
    expect(within(first).getByText('The Globe and Mail')).toBeInTheDocument();
    expect(first).toHaveTextContent('Source: The Globe and Mail, February 1, 2019');
  });

  it('shows the date correction as the article printed it and as we use it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CountryPanel />, { search: '?country=CAN&date=2022-05-19' });
    const ban = updateItem(/will join Canada’s closest intelligence allies/);
    expect(ban).toHaveTextContent(
      'Correction: the article printed “May 19, 2021”; we use 19 May 2022 — The year is wrong',
    );
    // On the day itself the ban is in force and not "later".
    expect(screen.getByText('Banned since 19 May 2022')).toBeInTheDocument();
    expect(within(ban).queryByText('Later than the selected date')).not.toBeInTheDocument();
    await openYear(user, 2022);
    expect(ban).toBeInTheDocument();
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
    await openYear(user, 2022);
    const ban = updateItem(/will join Canada’s closest intelligence allies/);
    await user.click(within(ban).getByRole('button', { name: 'Move the timeline to 19 May 2022' }));
    expect(store.getState().date).toBe(day('2022-05-19'));
    // The panel follows: the ban is now the current status.
    expect(screen.getByText('Banned since 19 May 2022')).toBeInTheDocument();
  });

  it('moves the timeline to a month when the update is dated to a month, and shows the month', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <>
        <CountryPanel />
        <Timeline />
      </>,
      { search: '?country=bt-group' },
    );
    await openYear(user, 2018);
    await user.click(screen.getByRole('button', { name: 'Move the timeline to December 2018' }));
    // The map is as of the month's first day, where its updates stand; it reads as the month.
    expect(store.getState().date).toBe(day('2018-12-01'));
    expect(stateToSearch(store.getState())).toContain('date=2018-12&');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('December 2018')).toBeInTheDocument();
    // Stepping on lands on a day, shown as one.
    await user.click(within(timeline).getByRole('button', { name: 'Next update' }));
    expect(within(timeline).queryByText('December 2018')).not.toBeInTheDocument();
    expect(stateToSearch(store.getState())).toMatch(/date=\d{4}-\d{2}-\d{2}/);
  });

  it('opens a country with many updates on its latest year and the selected date’s, the rest one line each', async () => {
    const user = userEvent.setup();
    // The country most updates concern, whatever the dataset holds today.
    const [busiest] = [...index.entities.values()]
      .filter((e) => e.kind === 'country')
      .sort((a, b) => index.updatesFor(b.id).length - index.updatesFor(a.id).length);
    const updates = index.updatesFor(busiest!.id);
    renderWithProviders(<CountryPanel />, { search: `?country=${busiest!.id}&date=2020-06-01` });

    const buttons = yearButtons();
    expect(buttons.reduce((n, b) => n + countOf(b), 0)).toBe(updates.length);
    const isOpen = (b: HTMLElement) => b.getAttribute('aria-expanded') === 'true';
    const open = buttons.filter(isOpen);
    expect(open.length).toBeLessThan(buttons.length);
    // Only open years' updates are on the page.
    expect(screen.getAllByRole('listitem')).toHaveLength(open.reduce((n, b) => n + countOf(b), 0));
    // Section by section (a subheading and the years under it): a long one opens its latest year
    // and 2020 (or, without 2020, the year before it), nothing else.
    for (const heading of screen.getAllByRole('heading', { level: 3 })) {
      const years = yearButtons().filter((b) => heading.parentElement!.contains(b));
      const count = years.reduce((n, b) => n + countOf(b), 0);
      const opened = years.filter(isOpen).map(yearOf);
      if (count <= 6) expect(opened).toHaveLength(years.length);
      else {
        const all = years.map(yearOf);
        const focus = all.includes(2020) ? 2020 : (all.filter((y) => y < 2020).pop() ?? all[0]);
        expect(opened).toEqual([...new Set([focus, all[all.length - 1]])].sort());
      }
    }

    await openAllYears(user);
    expect(screen.getAllByRole('listitem')).toHaveLength(updates.length);
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

  it('lists the KPN update under the Netherlands with its heading correction', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CountryPanel />, { search: '?country=NLD' });
    await openYear(user, 2020);
    const kpn = updateItem(/KPN has chosen Sweden’s Ericsson/);
    expect(kpn).toHaveTextContent('Correction: the article printed “Denmark”; we use Netherlands');
    expect(kpn).toHaveTextContent('Sets Netherlands: restricted');
  });

  it('groups Germany’s related updates under their relation labels, year by year', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CountryPanel />, { search: '?country=DEU' });
    await openAllYears(user);
    const euLists = screen.getAllByRole('list', { name: /^Updates for the whole European Union, \d{4}$/ });
    const euItems = euLists.flatMap((list) => within(list).getAllByRole('listitem'));
    expect(euItems).toHaveLength(index.updatesFor('DEU').filter((u) => u.relation === 'bloc').length);
    for (const item of euItems) expect(item).toHaveTextContent('Filed under European Union');
    expect(screen.getByText(/de-facto ban on Huawei equipment/).closest('li')).toHaveTextContent(
      'Filed under European Union',
    );

    // Deutsche Telekom's updates: the one that sets Germany's status is Germany's own story;
    // those that name Germany are listed as mentioning it.
    const setter = updateItem(/Europe’s biggest telecommunications company/);
    expect(setter.closest('ol')).toHaveAccessibleName(/^Reported updates, /);
    expect(setter).toHaveTextContent('Filed under Deutsche Telekom');
    expect(setter).toHaveTextContent('Sets Germany: debating');
    const mention = updateItem(/Deutsche Telekom CEO Tim Hoettges said/);
    expect(mention.closest('ol')).toHaveAccessibleName(/^Mentions this country, /);
    expect(mention).toHaveTextContent('Filed under Deutsche Telekom');
  });

  it('labels the reader comment and links only its http(s) sources, in a new tab', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CountryPanel />, { search: '?country=ESP' });
    await openYear(user, 2019);
    const comment = updateItem(/Spain update: The country rolls out 5G network/);
    expect(within(comment).getByText('Reader comment (not reporting; sets no status)')).toBeInTheDocument();
    const link = within(comment).getByRole('link', { name: /rt\.com/ });
    expect(link).toHaveAttribute('href', 'https://www.rt.com/business/461954-spain-5g-network-huawei/amp/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says what every update is: the article’s words or our summary of the article or a report', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CountryPanel />, { search: '?country=FRA' });
    await openAllYears(user);
    const labels =
      /^(The article’s words|Our summary of the article( \(page \d+\))?|Our summary of (a report|reports) by .+)$/;
    for (const item of screen.getAllByRole('listitem')) {
      const reader = within(item).queryByText('Reader comment (not reporting; sets no status)');
      if (!reader) expect(within(item).getByText(labels)).toBeInTheDocument();
    }
    // France's items from the article's page two name that page.
    const fromPageTwo = index
      .updatesFor('FRA')
      .filter(
        (u) =>
          u.update.provenance === 'article-summary' && u.update.sources.some((s) => s.url?.endsWith('/2/')),
      );
    expect(screen.queryAllByText('Our summary of the article (page 2)')).toHaveLength(fromPageTwo.length);
  });

  it('links a report’s source to the report, named with its outlet and date', async () => {
    const user = userEvent.setup();
    const withReport = index
      .updatesFor('CAN')
      .find((u) => u.update.provenance === 'report' && u.update.sources[0]?.url);
    const source = withReport!.update.sources[0]!;
    renderWithProviders(<CountryPanel />, { search: '?country=CAN' });
    await openAllYears(user);
    const name = source.date ? `${source.name}, ${source.date}` : source.name;
    const [link] = screen.getAllByRole('link', { name: `${name} (opens in a new tab)` });
    expect(link).toHaveAttribute('href', source.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link!.closest('li')).toHaveTextContent(/Our summary of (a report|reports) by /);
  });

  it('shows a drawable country the data does not list by its map name, saying nothing was found', () => {
    // Whichever country the map draws and the dataset leaves out today.
    const [id, { name }] = Object.entries(COUNTRIES).find(
      ([code]) => !index.entities.has(code) && index.updatesFor(code).length === 0,
    )!;
    renderWithProviders(<CountryPanel />, { search: `?country=${id}` });
    expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(
      screen.getByText('No reports were found about Huawei in 5G networks in this country.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says so for a country the data lists without any update', () => {
    const none = [...index.entities.values()].find(
      (e) => e.kind === 'country' && index.updatesFor(e.id).length === 0,
    );
    renderWithProviders(<CountryPanel />, { search: `?country=${none!.id}` });
    expect(screen.getByRole('heading', { level: 2, name: none!.name })).toBeInTheDocument();
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText('No reports were found about Huawei in 5G networks in this country.'),
    ).toBeInTheDocument();
  });

  it('says an EU member with only the EU’s updates has no status of its own, and how many concern it', () => {
    const member = [...index.entities.values()].find(
      (e) =>
        e.kind === 'country' &&
        index.transitionsOf(e.id).length === 0 &&
        index.updatesFor(e.id).length > 0 &&
        index.updatesFor(e.id).every((u) => u.update.entity === 'EU'),
    );
    const count = index.updatesFor(member!.id).length;
    renderWithProviders(<CountryPanel />, { search: `?country=${member!.id}` });
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText(`No status of its own; ${count} updates for the whole European Union concern it.`),
    ).toBeInTheDocument();
    // The list says whose updates they are, and that they apply to every member.
    expect(
      screen.getByRole('heading', { level: 3, name: 'Updates for the whole European Union' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `About the European Union as a whole: they apply to all its 27 members alike, and none of them sets ${member!.name}’s status.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Reported updates' })).not.toBeInTheDocument();
  });

  it('before a member’s first status, counts the EU’s updates so far as the EU’s', () => {
    // An EU member whose own first status comes after the EU's first update.
    const eu = index.entities.get('EU')!;
    const firstEu = index.timeline.find((t) => t.update.entity === 'EU')!.day;
    const member = (eu.kind === 'bloc' ? eu.members : [])
      .map((id) => ({ id, first: index.transitionsOf(id)[0]?.day }))
      .find((m) => m.first !== undefined && m.first > firstEu)!;
    const onDay = member.first! - 1;
    const soFar = index.updatesFor(member.id).filter((u) => u.relation === 'bloc' && u.day <= onDay).length;
    const date = new Date(onDay * 86_400_000).toISOString().slice(0, 10);
    renderWithProviders(<CountryPanel />, { search: `?country=${member.id}&date=${date}` });
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText(
        soFar === 1
          ? '1 update for the whole European Union up to this date; it does not set this country’s status.'
          : `${soFar} updates for the whole European Union up to this date; they do not set this country’s status.`,
      ),
    ).toBeInTheDocument();
  });

  it('lists a member’s own updates before the EU’s, each under its heading', () => {
    renderWithProviders(<CountryPanel />, { search: '?country=DEU' });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Reported updates');
    expect(headings.at(-1)).toBe('Updates for the whole European Union');
    expect(
      screen.getByText(
        'About the European Union as a whole: they apply to all its 27 members alike, and none of them sets Germany’s status.',
      ),
    ).toBeInTheDocument();
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
