import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorldMap } from '../../../src/features/map/WorldMap';
import { Legend } from '../../../src/features/map/Legend';
import { renderWithProviders } from '../renderWithProviders';

// No world seed here: the map fetches its shapes, and this file decides how that goes.
afterEach(() => vi.unstubAllGlobals());

describe('WorldMap when its shapes fail to load', { timeout: 30_000 }, () => {
  it('says so inside the map area, keeps the legend working, and recovers on Retry', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn(() => Promise.resolve(new Response('Not found', { status: 404 })));
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(
      <>
        <WorldMap />
        <Legend />
      </>,
      { search: '?date=2020-07-15' },
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map…');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Map shapes: the server answered with error 404/);
    expect(alert.closest('.map')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Banned 3 countries' })).toBeInTheDocument();

    fetch.mockImplementation(() =>
      Promise.resolve(new Response(readFileSync('public/data/world.json', 'utf8'))),
    );
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('group', { name: /World map/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rejects a file that is not the map’s topology', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify({ type: 'FeatureCollection', features: [] })))),
    );
    renderWithProviders(<WorldMap />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Map shapes: 5 problem\(s\), first: type: must be "Topology"/);
  });
});
