import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { CountryPanel } from '../../../src/features/panel/CountryPanel';
import { parseDate } from '../../../src/data/dates';
import { renderWithProviders } from '../renderWithProviders';
import { PAGE_TWO_URL, fixtureIndex } from './fixture';

const day = (s: string) => parseDate(s)!.day;

beforeAll(() => {
  document.documentElement.lang = 'en-GB';
});

const open = (search: string) => renderWithProviders(<CountryPanel />, { search, index: fixtureIndex() });
const yearButton = (year: number) =>
  screen.getByRole('button', { name: new RegExp(`^${year}, \\d+ updates?$`) });
const expandedYears = () =>
  screen
    .queryAllByRole('button', { expanded: true, name: /^\d{4}, / })
    .map((b) => Number(b.textContent.slice(0, 4)));
const item = (text: string) => screen.getByText(text).closest('li')!;

describe('a panel with many updates, year by year', () => {
  it('gives every year a subheading with its count, oldest first, and opens only the latest', () => {
    open('?country=USA');
    const years = screen.getAllByRole('heading', { level: 4 });
    const names = [
      '2018, 2 updates',
      '2019, 4 updates',
      '2020, 3 updates',
      '2021, 1 update',
      '2023, 2 updates',
      '2024, 1 update',
    ];
    expect(years).toHaveLength(names.length);
    // Each subheading is its year's disclosure button.
    names.forEach((name, i) => expect(within(years[i]!).getByRole('button')).toHaveAccessibleName(name));
    expect(years[1]).toHaveTextContent('2019 4 updates');
    // On the latest date, the year in view and the latest year are one.
    expect(expandedYears()).toEqual([2024]);
    expect(screen.getAllByRole('list')).toHaveLength(1);
    expect(
      within(screen.getByRole('list', { name: 'Reported updates, 2024' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(screen.queryByText('Report usa-2019-05-15.')).not.toBeInTheDocument();
  });

  it('opens the selected date’s year too, or the year of the update in force when that year has none', () => {
    const first = open('?country=USA&date=2020-06-01');
    expect(expandedYears()).toEqual([2020, 2024]);
    first.unmount();
    open('?country=USA&date=2022-06-01');
    expect(expandedYears()).toEqual([2021, 2024]);
  });

  it('opens and closes a year with a click or the keyboard', async () => {
    const user = userEvent.setup();
    open('?country=USA');
    await user.click(yearButton(2019));
    expect(yearButton(2019)).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'Reported updates, 2019' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    await user.keyboard('{Enter}');
    expect(yearButton(2019)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Reported updates, 2019' })).not.toBeInTheDocument();
    await user.keyboard(' ');
    expect(yearButton(2019)).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps the year being read open when one of its dates moves the timeline', async () => {
    const user = userEvent.setup();
    const { store } = open('?country=USA&date=2020-06-01');
    await user.click(yearButton(2019));
    const button = screen.getByRole('button', { name: 'Move the timeline to 15 May 2019' });
    await user.click(button);
    expect(store.getState().date).toBe(day('2019-05-15'));
    expect(screen.getByText('Banned since 15 May 2019')).toBeInTheDocument();
    // Nothing closed under the reader: 2019, and 2020 that was open before the move.
    expect(expandedYears()).toEqual([2019, 2020, 2024]);
    expect(button).toHaveFocus();
  });

  it('follows the timeline when the date moves from outside the panel', () => {
    const { store } = open('?country=USA&date=2020-06-01');
    void act(() => store.getState().setDate(day('2023-03-01')));
    expect(expandedYears()).toEqual([2023, 2024]);
  });

  it('still closes on Escape from a year’s button', async () => {
    const user = userEvent.setup();
    const { store } = open('?country=USA');
    await user.click(yearButton(2018));
    await user.keyboard('{Escape}');
    expect(store.getState().country).toBeNull();
  });

  it('opens every year of a short section', () => {
    open('?country=DEU');
    const eu = screen.getByRole('heading', { level: 3, name: 'Updates for the whole European Union' });
    expect(eu).toBeInTheDocument();
    for (const year of [2019, 2020, 2023])
      expect(
        screen.getByRole('list', { name: `Updates for the whole European Union, ${year}` }),
      ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Reported updates, 2019' })).toBeInTheDocument();
  });

  it('has no axe violations with years open and closed', async () => {
    const { container } = renderWithProviders(
      <main>
        <CountryPanel />
      </main>,
      { search: '?country=USA&date=2020-06-01', index: fixtureIndex() },
    );
    const results = await axe.run(container);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('what each update’s text is', () => {
  it('labels the article’s words, with the source line as printed', async () => {
    const user = userEvent.setup();
    open('?country=USA');
    await user.click(yearButton(2019));
    const article = item('The article’s own sentence about charges.');
    expect(within(article).getByText('The article’s words')).toBeInTheDocument();
    expect(article).toHaveTextContent('Source: National Review, January 28, 2019');
    expect(within(article).queryByRole('link')).not.toBeInTheDocument();
  });

  it('labels our summary of a report and links the report, with outlet and date, in a new tab', async () => {
    const user = userEvent.setup();
    open('?country=USA');
    await user.click(yearButton(2019));
    const summary = item('Report usa-2019-05-15.');
    expect(within(summary).getByText('Our summary of a report by Reuters')).toBeInTheDocument();
    expect(summary).toHaveTextContent('Source: Reuters, 15 May 2019');
    const link = within(summary).getByRole('link', { name: 'Reuters, 15 May 2019 (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/usa-2019-05-15');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('labels our summary of the article’s later pages with the page, and links that page', () => {
    open('?country=FRA');
    const summary = item('Our summary of the French item.');
    expect(within(summary).getByText('Our summary of the article (page 2)')).toBeInTheDocument();
    expect(summary).toHaveTextContent(
      'Sources: Reuters, February 6, 2019; ChannelE2E, page two of the article',
    );
    const link = within(summary).getByRole('link', {
      name: 'ChannelE2E, page two of the article (opens in a new tab)',
    });
    expect(link).toHaveAttribute('href', PAGE_TWO_URL);
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
  });

  it('keeps the reader-comment tag, and no other label, on a reader’s comment', () => {
    open('?country=FRA');
    const comment = item('A reader’s claim.');
    expect(within(comment).getByText('Reader comment (not reporting; sets no status)')).toBeInTheDocument();
    expect(within(comment).queryByText(/^Our summary|^The article’s words/)).not.toBeInTheDocument();
  });
});

describe('an entity without a status of its own', () => {
  it('says plainly that nothing was found about a country with no updates', () => {
    open('?country=VAT');
    expect(screen.getByRole('heading', { level: 2, name: 'Vatican City' })).toBeInTheDocument();
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText('No reports were found about Huawei in 5G networks in this country.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says when the bloc it belongs to has nothing either', () => {
    open('?country=LIE');
    expect(
      screen.getByText('The European Free Trade Association, to which it belongs, has no updates either.'),
    ).toBeInTheDocument();
  });

  it('says a member with only its bloc’s updates has no status of its own, and lists them', () => {
    open('?country=HRV');
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText('No status of its own; 3 updates for the whole European Union concern it.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Updates for the whole European Union' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Reported updates' })).not.toBeInTheDocument();
  });

  it('says "no status recorded" before a country’s first status', () => {
    open('?country=DEU&date=2019-01-01');
    expect(screen.getByText('No status recorded as of 1 January 2019.')).toBeInTheDocument();
  });
});
