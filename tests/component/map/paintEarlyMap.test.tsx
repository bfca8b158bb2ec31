import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/preact';
import { WorldMap } from '../../../src/features/map/WorldMap';
import { dropEarlyMap, paintEarlyMap, renderAroundEarlyMap } from '../../../src/features/map/paintEarlyMap';
import { fillFor } from '../../../src/data/statusScale';
import { parseDate } from '../../../src/data/dates';
import { DatasetFirst } from '../../../src/app/datasetQuery';
import { realIndex, renderWithProviders } from '../renderWithProviders';
import { world } from './seedWorld';

const index = realIndex();
const day = (iso: string) => parseDate(iso)!.day;

/** The prerendered page's map and its loading frame, as index.html holds them. */
function loadingFrame(): HTMLDivElement {
  const map = document.createElement('div');
  map.className = 'map';
  const frame = document.createElement('div');
  frame.className = 'map__frame';
  map.append(frame);
  document.body.append(map);
  return frame;
}

afterEach(() => {
  dropEarlyMap();
  document.body.replaceChildren();
  performance.clearMarks();
});

describe('the map drawn before the app (paintEarlyMap)', () => {
  it('draws every country in its status colour for the day, out of reach of assistive technology', () => {
    const frame = loadingFrame();
    paintEarlyMap(frame, world, index, day('2022-06-29'), 'dark');

    // Over the frame, in the map's container.
    const svg = frame.parentElement!.querySelector(':scope > svg.map__svg--early')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe(world.viewBox.join(' '));
    expect(svg.querySelectorAll('path.map-country').length).toBeGreaterThan(170);
    // Canada is banned on that day, Brazil restricted, Bahrain (a small state's dot) permitted.
    expect(svg.querySelector('[data-id="CAN"]')?.getAttribute('fill')).toBe(fillFor('banned', 'dark'));
    expect(svg.querySelector('[data-id="BRA"]')?.getAttribute('fill')).toBe(fillFor('restricted', 'dark'));
    expect(svg.querySelector('.map-marker[data-id="BHR"] .map-marker__dot')?.getAttribute('fill')).toBe(
      fillFor('permitted', 'dark'),
    );
    // The hatch patterns the fills point at are in the drawing.
    expect(svg.querySelector('pattern#hbm-pattern-banned-dark')).not.toBeNull();
    // Where dots crowd, those with data are drawn over their neighbours without: they come last.
    const withData = new Set(index.entitiesWithData());
    const markers = [...svg.querySelectorAll('.map-marker')].map((m) =>
      withData.has(m.getAttribute('data-id')!),
    );
    expect(markers.indexOf(true)).toBeGreaterThan(0);
    expect(markers.slice(markers.indexOf(true))).not.toContain(false);
    // The benchmark's cue that the map is on screen in colour.
    expect(performance.getEntriesByName('hbm:map-painted')).toHaveLength(1);
  });

  it('shows the day it is given: earlier, fewer countries have a status', () => {
    const frame = loadingFrame();
    paintEarlyMap(frame, world, index, day('2018-08-31'), 'light');
    expect(document.querySelector('[data-id="CAN"]')?.getAttribute('fill')).toBe(fillFor('none', 'light'));
  });

  it('stays through the framework’s first render, and goes once the app’s map is drawn', async () => {
    const frame = loadingFrame();
    paintEarlyMap(frame, world, index, day('2022-06-29'), 'light');
    const early = document.querySelector('svg.map__svg--early')!;
    // The first render adopts the prerendered page and removes what it did not render itself: the
    // early map is out of the page meanwhile, and back over the frame after.
    renderAroundEarlyMap(() => expect(early.isConnected).toBe(false));
    expect(early.parentElement).toBe(frame.parentElement);

    renderWithProviders(
      <DatasetFirst>
        <WorldMap />
      </DatasetFirst>,
      { search: '?date=2022-06-29' },
    );
    const map = await screen.findByRole('group', { name: /^World map of Huawei’s status/ });
    // The app's map draws the same: Canada banned, hatched, in the same colour.
    const canada = map.querySelector('path.map-country[data-id="CAN"]')!;
    expect(canada.getAttribute('fill')).toBe(early.querySelector('[data-id="CAN"]')?.getAttribute('fill'));
    expect(canada.getAttribute('role')).toBe('button');
    // Then the early drawing goes, in a task of its own.
    await waitFor(() => expect(early.isConnected).toBe(false));
    expect(document.querySelectorAll('svg.map__svg--early')).toHaveLength(0);
  });
});
