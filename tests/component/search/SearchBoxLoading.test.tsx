import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../../../src/features/search/SearchBox';
import { renderWithProviders } from '../renderWithProviders';

// The matcher is fetched when the reader first reaches the field; here it arrives when the test says.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
});
vi.mock('../../../src/data/searchDataset', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

describe('the first search, before its matcher has arrived', () => {
  it('claims no "No match" while it waits, and offers the results once the matcher is in', async () => {
    const user = userEvent.setup();
    renderWithProviders(<SearchBox />);
    const combobox = screen.getByRole('combobox', { name: 'Find a country' });
    await user.type(combobox, 'holland');
    expect(screen.queryByText('No match')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');

    gate.open();
    await waitFor(() => expect(combobox).toHaveAttribute('aria-expanded', 'true'));
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent('Netherlands');
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ results?$/);
  });
});
