import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TableView } from '../../../src/features/table/TableView';
import { parseDate } from '../../../src/data/dates';
import { realIndex, renderWithProviders } from '../renderWithProviders';
import { countryStatusesOn } from '../../statusesFromFile';

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

  it('opens the same panel as the map when a row is activated', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<TableView />);
    await user.click(screen.getByRole('button', { name: 'Netherlands' }));
    expect(store.getState().country).toBe('NLD');
  });
});
