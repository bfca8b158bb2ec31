import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { WorldMap } from '../../../src/features/map/WorldMap';
import { Legend } from '../../../src/features/map/Legend';
import { fillFor } from '../../huaweiScale';
import { renderWithProviders } from '../renderWithProviders';
import './seedWorld';

afterEach(() => vi.unstubAllGlobals());

const DATA_TEXT = readFileSync('public/data/huawei-5g.json', 'utf8');

/**
 * The map and the legend, with the data file
 * fetched when `arrived` resolves.
 */
function renderMapAndLegend(arrived: Promise<void>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => arrived.then(() => new Response(DATA_TEXT))),
  );
  return renderWithProviders(
    <>
      <WorldMap />
      <Legend />
    </>,
    { search: '?date=2022-06-29', index: null },
  );
}

describe('the map’s first paint', { timeout: 30_000 }, () => {
  it('waits for the data with the loading note, then shows the shapes already coloured', async () => {
    // The shapes are there (seeded); the data file arrives when this test lets it.
    let deliver!: () => void;
    const { container } = renderMapAndLegend(new Promise<void>((ok) => (deliver = ok)));

    // No grey map a moment before the colours: the loading note holds the map's place.
    expect(screen.getByRole('status')).toHaveTextContent('Loading the map…');
    expect(container.querySelector('path.map-country')).toBeNull();

    deliver();
    const map = await screen.findByRole('group', { name: /^World map of Huawei’s status/ });
    // The first shapes drawn carry their fills: Canada is banned on this date.
    const canada = map.querySelector('path.map-country[data-id="CAN"]');
    expect(canada?.getAttribute('fill')).toBe(fillFor('banned', 'light'));
    // The legend's counts come with it.
    const legend = screen.getByRole('group', { name: 'Status on the selected date' });
    expect(await within(legend).findByRole('button', { name: /^Banned \d+ countries$/ })).toBeInTheDocument();
  });
});
