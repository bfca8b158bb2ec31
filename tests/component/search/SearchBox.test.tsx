import { beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { SearchBox } from '../../../src/features/search/SearchBox';
import { CountryPanel } from '../../../src/features/panel/CountryPanel';
import { loadSearchMatcher } from '../../../src/features/search/useSearchMatcher';
import { renderWithProviders } from '../renderWithProviders';

// As for a reader who has reached the field once: the matcher is in (SearchBoxLoading.test.tsx
// covers the first search, which waits for it).
beforeAll(() => loadSearchMatcher());

const combobox = () => screen.getByRole('combobox', { name: 'Find a country' });

describe('SearchBox', () => {
  it('offers the Netherlands for "holland" and opens it with Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'holland');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Netherlands');
    expect(options[0]).toHaveTextContent('also “Holland”');
    await user.keyboard('{Enter}');
    expect(store.getState().country).toBe('NLD');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveValue('');
  });

  it('finds the United Kingdom for "uk", ahead of Ukraine', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('United Kingdom');
    expect(options[1]).toHaveTextContent('Ukraine');
  });

  it('moves the active option with the arrow keys', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    const [first, second] = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', first!.id);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', second!.id);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveAttribute('aria-selected', 'false');

    await user.keyboard('{ArrowUp}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', first!.id);

    await user.keyboard('{ArrowDown}{Enter}');
    expect(store.getState().country).toBe('UKR');
  });

  it('wraps the active option around the ends of the list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    const options = screen.getAllByRole('option');
    await user.keyboard('{ArrowUp}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[0]!.id);
  });

  it('reopens a closed list with the arrows, on the first or the last option', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    await user.keyboard('{Escape}{ArrowUp}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options.at(-1)!.id);
    await user.keyboard('{Escape}{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]!.id);
  });

  it('makes the option under the pointer active, and keeps focus in the field', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    const [, second] = screen.getAllByRole('option');
    await user.hover(second!);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(combobox()).toHaveAttribute('aria-activedescendant', second!.id);
    await user.keyboard('{Enter}');
    expect(store.getState().country).toBe('UKR');
    expect(combobox()).toHaveFocus();
  });

  it('closes the list when the field loses focus, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    await user.tab();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(combobox()).toHaveValue('uk');
  });

  it('does nothing on Enter while the list is closed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'uk');
    await user.keyboard('{Escape}{Enter}');
    expect(store.getState().country).toBeNull();
    expect(combobox()).toHaveValue('uk');
  });

  it('closes the list, then clears the field, with Escape', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'can');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');
    expect(combobox()).toHaveValue('can');
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveValue('');
  });

  it('shows each option’s status on the selected date', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />, { search: '?date=2021-01-01' });
    await user.type(combobox(), 'canada');
    expect(screen.getByRole('option', { name: /^Canada\W+Debating$/ })).toBeInTheDocument();
  });

  it('finds a country without data by a common name and opens its no-data panel', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <>
        <SearchBox />
        <CountryPanel />
      </>,
    );
    await user.type(combobox(), 'east timor');
    expect(screen.getByRole('option', { name: /^Timor-Leste.*No data$/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store.getState().country).toBe('TLS');
    expect(screen.getByRole('heading', { level: 2, name: 'Timor-Leste' })).toHaveFocus();
    expect(
      screen.getByText('No reports were found about Huawei in 5G networks in this country.'),
    ).toBeInTheDocument();

    // Closing the panel returns the reader to the search field.
    await user.keyboard('{Escape}');
    expect(combobox()).toHaveFocus();
  });

  it('selects an option on click', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'telekom');
    await user.click(screen.getByRole('option', { name: /Deutsche Telekom, Company/ }));
    expect(store.getState().country).toBe('deutsche-telekom');
  });

  it('offers close matches for a typo, and says they are a guess', async () => {
    const user = userEvent.setup();
    const { store, container } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'Untied States');
    const list = screen.getByRole('listbox', { name: 'Close matches' });
    expect(within(list).getByRole('option', { name: /^United States/ })).toBeInTheDocument();
    expect(screen.getByText('No exact match. Did you mean:')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('No exact match. 1 close match');
    expect(screen.queryByText('No match')).not.toBeInTheDocument();
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
    await user.keyboard('{Enter}');
    expect(store.getState().country).toBe('USA');
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'qqqq');
    expect(screen.getByText('No match')).toBeInTheDocument();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('0 results');
    expect(screen.queryByText('No exact match. Did you mean:')).not.toBeInTheDocument();
  });

  it('has no axe violations with the list open', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProviders(<SearchBox />);
    await user.type(combobox(), 'ger');
    const results = await axe.run(container);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
