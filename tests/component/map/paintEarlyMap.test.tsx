import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/preact';
import { WorldMap } from '../../../src/features/map/WorldMap';
import { dropEarlyMap, keepEarlyMap, paintEarlyMap } from '../../../src/features/map/paintEarlyMap';
import { fillFor } from '../../../src/data/statusScale';
import { parseDate } from '../../../src/data/dates';
import { DatasetFirst } from '../../../src/app/datasetQuery';
import { realIndex, renderWithProviders } from '../renderWithProviders';
import { world } from './seedWorld';

const index = realIndex();
const day = (iso: string) => parseDate(iso)!.day;

/** The prerendered page's loading frame, as index.html holds it. */
function loadingFrame(): HTMLDivElement {
  const frame = document.createElement('div');
  frame.className = 'map__frame';
  document.body.append(frame);
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

    const svg = frame.querySelector('svg.map__svg--early')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('viewBox')).toBe(world.viewBox.join(' '));
    expect(svg.querySelectorAll('path.map-country').length).toBeGreaterThan(170);
    // Canada is banned on that day, Brazil debating, Bahrain (a small state's dot) permitted.
    expect(svg.querySelector('[data-id="CAN"]')?.getAttribute('fill')).toBe(fillFor('banned', 'dark'));
    expect(svg.querySelector('[data-id="BRA"]')?.getAttribute('fill')).toBe(fillFor('debating', 'dark'));
    expect(svg.querySelector('.map-marker[data-id="BHR"] .map-marker__dot')?.getAttribute('fill')).toBe(
      fillFor('permitted', 'dark'),
    );
    // The hatch patterns the fills point at are in the drawing.
    expect(svg.querySelector('pattern#hbm-pattern-banned-dark')).not.toBeNull();
    // Where dots crowd, the one with data is drawn over its neighbour without (Qatar's).
    const markers = [...svg.querySelectorAll('.map-marker')].map((m) => m.getAttribute('data-id'));
    expect(markers.indexOf('BHR')).toBeGreaterThan(markers.indexOf('QAT'));
    // The benchmark's cue that the map is on screen in colour.
    expect(performance.getEntriesByName('hbm:map-painted')).toHaveLength(1);
  });

  it('shows the day it is given: earlier, fewer countries have a status', () => {
    const frame = loadingFrame();
    paintEarlyMap(frame, world, index, day('2018-09-01'), 'light');
    expect(frame.querySelector('[data-id="CAN"]')?.getAttribute('fill')).toBe(fillFor('none', 'light'));
  });

  it('is handed over to the app’s map: the same shapes, with the same fills, and no second drawing', async () => {
    // The app's first render adopts the prerendered page and drops what it did not render itself:
    // the loading frame it renders keeps the early map.
    const prerendered = loadingFrame();
    paintEarlyMap(prerendered, world, index, day('2022-06-29'), 'light');
    const canada = prerendered.querySelector('[data-id="CAN"]')!;
    prerendered.remove();
    const moved = document.createElement('div');
    keepEarlyMap(moved);
    expect(moved.querySelector('svg.map__svg--early [data-id="CAN"]')).toBe(canada);

    renderWithProviders(
      <DatasetFirst>
        <WorldMap />
      </DatasetFirst>,
      { search: '?date=2022-06-29' },
    );
    const map = await screen.findByRole('group', { name: /^World map of Huawei’s status/ });
    // The app's map holds the very shapes that were drawn first, and the early drawing is gone.
    expect(map.querySelector('path.map-country[data-id="CAN"]')).toBe(canada);
    expect(canada.getAttribute('fill')).toBe(fillFor('banned', 'light'));
    expect(canada.getAttribute('role')).toBe('button');
    expect(moved.querySelector('svg')).toBeNull();
    expect(document.querySelectorAll('svg.map__svg--early')).toHaveLength(0);
  });
});
