import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../src/app/App';
import { renderWithProviders } from '../renderWithProviders';
import '../map/seedWorld';

/**
 * A crash in one feature must stay in that feature: the reader gets a message and a way back,
 * and the rest of the page keeps working. Two features are swapped for stand-ins that throw
 * while `crash` says so, and render the real feature once it is reset.
 */
const crash = vi.hoisted(() => ({ timeline: false, panel: false }));

vi.mock('../../../src/features/timeline/Timeline', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/timeline/Timeline')>();
  return {
    Timeline: function CrashingTimeline() {
      if (crash.timeline) throw new Error('the timeline broke');
      return <real.Timeline />;
    },
  };
});
vi.mock('../../../src/features/panel/CountryPanel', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/panel/CountryPanel')>();
  return {
    CountryPanel: function CrashingPanel() {
      if (crash.panel) throw new Error('the panel broke');
      return <real.CountryPanel />;
    },
  };
});

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  // React and the boundary report a caught crash on the console; keep it, quietly, to check it.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  crash.timeline = false;
  crash.panel = false;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

/** Which feature boundaries logged a crash (FeatureBoundary logs `[feature]`, error, stack). */
const boundariesThatCaught = () =>
  consoleError.mock.calls.map((call) => call[0] as unknown).filter((first) => /^\[.+\]$/.test(String(first)));

/** The parts of the page that must survive another feature's crash. */
function expectMapAndLegend(date: string) {
  expect(screen.getByRole('heading', { level: 1, name: 'Where is Huawei banned?' })).toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'Find a country' })).toBeInTheDocument();
  expect(
    screen.getByRole('group', { name: new RegExp(`^World map of Huawei’s status as of ${date}`) }),
  ).toBeInTheDocument();
  const legend = screen.getByRole('group', { name: 'Status on the selected date' });
  expect(within(legend).getByRole('button', { name: /^Banned \d+ countr/ })).toBeInTheDocument();
}

// Role queries over the map's ~600 SVG nodes are slow in jsdom: allow for it.
describe('a crash in one feature', { timeout: 30_000 }, () => {
  it('is contained to the timeline, which comes back on Try again', async () => {
    const user = userEvent.setup();
    crash.timeline = true;
    renderWithProviders(<App />, { search: '?date=2020-07-15' });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The timeline stopped working.');
    expect(screen.queryByRole('slider', { name: 'Date' })).toBeNull();
    expectMapAndLegend('15 July 2020');
    expect(boundariesThatCaught()).toEqual(['[timeline]']);

    crash.timeline = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '15 July 2020');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is contained to the country panel, which comes back on Try again', async () => {
    const user = userEvent.setup();
    crash.panel = true;
    renderWithProviders(<App />, { search: '?country=CAN&date=2020-07-15' });

    // The panel's code loads when a country is first selected (CountryPanelSlot).
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The country panel stopped working.');
    expect(screen.queryByRole('region', { name: 'Canada' })).toBeNull();
    expectMapAndLegend('15 July 2020');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '15 July 2020');
    expect(boundariesThatCaught()).toEqual(['[country panel]']);

    crash.panel = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const panel = screen.getByRole('region', { name: 'Canada' });
    expect(within(panel).getByRole('heading', { level: 2, name: 'Canada' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps crashing behind the message while the cause remains', async () => {
    const user = userEvent.setup();
    crash.timeline = true;
    renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The timeline stopped working.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

const realDatasetText = readFileSync('public/data/huawei-5g.json', 'utf8');

describe('the data file failing to load', { timeout: 30_000 }, () => {
  it('says so with Retry, still draws the map, and colours it once Retry succeeds', async () => {
    const user = userEvent.setup();
    const fetch = vi.fn((_url: string) =>
      Promise.resolve(
        new Response('<!doctype html><title>Not found</title><h1>404</h1>', {
          status: 404,
          headers: { 'content-type': 'text/html' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<App />, { index: null });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The map’s data could not be loaded.');
    expect(alert).toHaveTextContent('Data file: the server answered with error 404.');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toMatch(/data\/huawei-5g\.json$/);
    // The page is still there: the header, and the map drawn without colours.
    expect(screen.getByRole('heading', { level: 1, name: 'Where is Huawei banned?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^World map of Huawei’s status/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Canada:/ })).toBeNull();

    fetch.mockImplementation(() => Promise.resolve(new Response(realDatasetText)));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const canada = await screen.findByRole('button', { name: 'Canada: banned since 19 May 2022' });
    expect(canada).toBeInTheDocument();
    // The rest of the page, the alert with it, follows the map's first fills a paint later.
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('names the broken field of a file that breaks the format, in the editor’s details', async () => {
    const user = userEvent.setup();
    const broken = JSON.parse(realDatasetText) as { updates: { date: string }[] };
    broken.updates[3]!.date = '2020-13-01';
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(broken)))),
    );
    renderWithProviders(<App />, { index: null });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The map’s data file has errors, so countries cannot be coloured.');
    expect(alert).toHaveTextContent(
      'Data file: 1 problem(s), first: updates[3].date: "2020-13-01" is not a date',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await user.click(within(alert).getByText('Details for the editor of the data file'));
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'updates[3].date: "2020-13-01" is not a date',
    );
    expect(consoleError).not.toHaveBeenCalled();
  });
});
