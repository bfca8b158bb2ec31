import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TableView } from '../../../src/features/table/TableView';
import { parseDate } from '../../../src/data/dates';
import { realIndex, renderWithProviders } from '../renderWithProviders';
import { countryStatusesOn } from '../../statusesFromFile';
import { syncUrl } from '../../../src/state/syncUrl';

afterEach(() => window.history.replaceState(null, '', '/'));

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('rowheader')[0]!.textContent);

describe('TableView', () => {
  it('is a real table of every entity with data, following the date in the URL', () => {
    renderWithProviders(<TableView />, { search: '?date=2020-07-15' });
    const table = screen.getByRole('table', { name: /as of 15 July 2020/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Name', 'Status', 'Latest update', 'Updates']);
    const uk = within(table)
      .getByRole('rowheader', { name: /United Kingdom/ })
      .closest('tr')!;
    expect(within(uk).getByText('Banned')).toBeInTheDocument();
    const canada = within(table)
      .getByRole('rowheader', { name: /Canada/ })
      .closest('tr')!;
    expect(within(canada).getByText('Debating')).toBeInTheDocument();
  });

  it('counts a member’s own updates apart from the EU’s', () => {
    const index = realIndex();
    renderWithProviders(<TableView />, { search: '?date=2020-07-15' });
    const row = (name: string) =>
      screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;
    const cells = (name: string) => within(row(name)).getAllByRole('cell');
    const upTo = parseDate('2020-07-15')!.day;
    const fromEu = (id: string) =>
      index.updatesFor(id).filter((u) => u.relation === 'bloc' && u.day <= upTo).length;
    // Croatia has none of its own: no latest update of its own, 0, then the EU's.
    expect(cells('Croatia')[1]).toHaveTextContent('—');
    expect(cells('Croatia')[2]).toHaveTextContent(`0 +${fromEu('HRV')} for the whole European Union`);
    const own = index.updatesFor('DEU').filter((u) => u.relation !== 'bloc' && u.day <= upTo).length;
    expect(cells('Germany')[2]).toHaveTextContent(`${own} +${fromEu('DEU')} for the whole European Union`);
    expect(cells('Canada')[2]).toHaveTextContent(/^\d+$/);
  });

  it('sorts by a column and says so to assistive technology', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TableView />, { search: '?date=2022-06-29' });
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    const header = screen.getByRole('columnheader', { name: /^Name/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = rowNames();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()[0]).toBe([...names].sort((a, b) => a.localeCompare(b)).at(-1));
  });

  it('filters by status and searches by name', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TableView />, { search: '?date=2022-06-29' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'banned');
    const banned = [...countryStatusesOn('2022-06-29')].filter(([, s]) => s === 'banned').map(([id]) => id);
    const names = new Map(realIndex().dataset.entities.map((e) => [e.id, e.name]));
    expect(rowNames().sort()).toEqual(banned.map((id) => names.get(id)).sort());
    expect(rowNames()).toContain('Sweden');
    await user.type(screen.getByRole('searchbox', { name: 'Find in table' }), 'swe');
    expect(rowNames()).toEqual(['Sweden']);
  });

  it('finds rows by the names the header search knows, and past a typo', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TableView />, { search: '?date=2022-06-29' });
    const find = screen.getByRole('searchbox', { name: 'Find in table' });
    await user.type(find, 'uk');
    expect(rowNames()).toContain('United Kingdom');
    expect(rowNames()).not.toContain('Sweden');
    await user.clear(find);
    await user.type(find, 'Swedan');
    expect(rowNames()).toEqual(['Sweden']);
    expect(screen.getByRole('table', { name: /1 of \d+ shown/ })).toBeInTheDocument();
  });

  it('opens the same panel as the map when a row is activated', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<TableView />);
    await user.click(screen.getByRole('button', { name: 'Netherlands' }));
    expect(store.getState().country).toBe('NLD');
  });

  it('keeps its order, status filter and search in the address, and opens on them from a link', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=table&date=2022-06-29');
    const first = renderWithProviders(<TableView />, { search: window.location.search });
    const stop = syncUrl(first.store, window);
    const before = window.history.length;
    await user.click(screen.getByRole('button', { name: /^Latest update/ }));
    await user.click(screen.getByRole('button', { name: /^Latest update/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'banned');
    await user.type(screen.getByRole('searchbox', { name: 'Find in table' }), 'swe');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('sort')).toBe('-date');
    expect(params.get('status')).toBe('banned');
    expect(params.get('q')).toBe('swe');
    // Sorting and filtering are steps Back can undo; typing is not a step per letter.
    expect(window.history.length).toBe(before + 3);
    stop();
    first.unmount();

    renderWithProviders(<TableView />, {
      search: '?view=table&date=2022-06-29&sort=-date&status=banned&q=swe',
    });
    expect(screen.getByRole('columnheader', { name: /^Latest update/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('banned');
    expect(screen.getByRole('searchbox', { name: 'Find in table' })).toHaveValue('swe');
    expect(rowNames()).toEqual(['Sweden']);
  });
});
