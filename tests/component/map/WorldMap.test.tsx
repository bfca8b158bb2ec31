import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { WorldMap } from '../../../src/features/map/WorldMap';
import { Legend } from '../../../src/features/map/Legend';
import { parseDate } from '../../../src/data/dates';
import type { Status } from '../../../src/data/status';
import { STATUSES, fillFor } from '../../huaweiScale';
import { realIndex, renderWithProviders } from '../renderWithProviders';
import './seedWorld';
import { countsOn } from '../../statusesFromFile';

const dayOf = (date: string) => parseDate(date)!.day;
/** "As of 15 July 2020: 3 banned, …" as the file gives the day's counts, zeros left out. */
const summaryOn = (date: string, shown: string) =>
  `As of ${shown}: ${STATUSES.filter((s) => countsOn(date)[s]! > 0)
    .map((s) => `${countsOn(date)[s]} ${s}`)
    .join(', ')}.`;
const countryButton = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}:`) });

function renderMap(search = '?date=2020-07-15') {
  return renderWithProviders(
    <>
      <WorldMap />
      <Legend />
    </>,
    { search },
  );
}

// Role queries over ~600 SVG nodes are slow in jsdom (seconds, not milliseconds): allow for it.
describe('WorldMap and Legend', { timeout: 30_000 }, () => {
  it('counts the countries in each status on the URL’s date, as the data says', () => {
    renderMap('?date=2020-07-15');
    const index = realIndex();
    const expected: Record<Status, number> = { banned: 0, restricted: 0, debating: 0, permitted: 0 };
    for (const [id, status] of index.statusesAt(dayOf('2020-07-15')))
      if (index.entities.get(id)?.kind === 'country') expected[status] = (expected[status] ?? 0) + 1;
    expect(expected.banned).toBeGreaterThan(0);
    const legend = screen.getByRole('group', { name: 'Status on the selected date' });
    for (const status of STATUSES) {
      const label = status[0]!.toUpperCase() + status.slice(1);
      const n = expected[status];
      within(legend).getByRole('button', { name: `${label} ${n === 1 ? '1 country' : `${n} countries`}` });
    }
    expect(screen.getByText(summaryOn('2020-07-15', '15 July 2020'))).toBeInTheDocument();
  });

  it('names every country with data by its status and when it began', () => {
    renderMap('?date=2020-07-15');
    expect(countryButton('United Kingdom')).toHaveAccessibleName('United Kingdom: banned since 14 July 2020');
    expect(countryButton('Canada')).toHaveAccessibleName('Canada: debating since September 2018');
    expect(countryButton('Bahrain')).toHaveAccessibleName('Bahrain: permitted since February 2019');
    // A country the dataset never mentions is drawn, but is not a stop for the keyboard.
    expect(screen.queryByRole('button', { name: /^Mongolia/ })).toBeNull();
  });

  it('highlights a status’s countries while its legend entry is hovered, and pins it on click', async () => {
    const user = userEvent.setup();
    const { store } = renderMap('?date=2020-07-15');
    const banned = screen.getByRole('button', { name: /^Banned/ });
    await user.hover(banned);
    expect(store.getState().legendHover).toBe('banned');
    expect(countryButton('Canada')).toHaveClass('is-faded');
    expect(countryButton('United Kingdom')).not.toHaveClass('is-faded');
    await user.unhover(banned);
    expect(countryButton('Canada')).not.toHaveClass('is-faded');

    await user.click(banned);
    expect(banned).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().legendPinned).toBe('banned');
    await user.unhover(banned);
    expect(countryButton('Canada')).toHaveClass('is-faded');
  });

  it('describes a status on focus', async () => {
    const user = userEvent.setup();
    renderMap();
    await user.click(screen.getByRole('button', { name: /^Restricted/ }));
    expect(screen.getByRole('button', { name: /^Restricted/ })).toHaveAccessibleDescription(
      /partial exclusion/,
    );
  });

  it('selects a country when it is clicked, small states by their marker', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    await user.click(countryButton('Canada'));
    expect(store.getState().country).toBe('CAN');
    await user.click(countryButton('Bahrain'));
    expect(store.getState().country).toBe('BHR');
  });

  it('shows a tooltip for the hovered country and hides it when the pointer leaves', async () => {
    const user = userEvent.setup();
    const { store } = renderMap('?date=2020-07-15');
    await user.hover(countryButton('Canada'));
    expect(store.getState().hover).toBe('CAN');
    const tooltip = document.querySelector('.map-tooltip')!;
    expect(tooltip).toHaveTextContent('Canada');
    expect(tooltip).toHaveTextContent('Debating since September 2018');
    expect(tooltip).toHaveTextContent(/Latest update: 2 June 2020/); // Bell and Telus pick other vendors
    await user.unhover(countryButton('Canada'));
    expect(store.getState().hover).toBeNull();
    expect(document.querySelector('.map-tooltip')).toBeNull();
  });

  it('counts a member’s own updates apart from the EU’s in its tooltip', async () => {
    const user = userEvent.setup();
    const index = realIndex();
    const upTo = dayOf('2020-07-15');
    const of = (id: string) => {
      const updates = index.updatesFor(id).filter((u) => u.day <= upTo);
      return [updates.filter((u) => u.relation !== 'bloc').length, updates.length] as const;
    };
    renderMap('?date=2020-07-15');
    // Croatia: no status, and nothing of its own; what concerns it is the EU's.
    const [croatiaOwn, croatiaAll] = of('HRV');
    expect(croatiaOwn).toBe(0);
    await user.hover(countryButton('Croatia'));
    const tooltip = () => document.querySelector('.map-tooltip')!;
    expect(tooltip()).toHaveTextContent('No data');
    expect(tooltip()).toHaveTextContent('No update of its own');
    expect(tooltip()).toHaveTextContent(`${croatiaAll} updates for the whole European Union`);
    expect(tooltip()).not.toHaveTextContent('Latest update');

    // Germany: a status and updates of its own, the EU's counted beside them.
    const [germanyOwn, germanyAll] = of('DEU');
    await user.hover(countryButton('Germany'));
    expect(tooltip()).toHaveTextContent(`Latest update: July 2020 · ${germanyOwn} updates of its own`);
    expect(tooltip()).toHaveTextContent(`${germanyAll - germanyOwn} updates for the whole European Union`);
  });

  it('is one tab stop; arrows move between countries, Enter selects', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    const map = screen.getByRole('group', { name: /World map of Huawei’s status as of 15 July 2020/ });
    expect(map.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    for (let i = 0; i < 10 && !map.contains(document.activeElement); i++) await user.tab();
    const first = document.activeElement!;
    expect(map).toContainElement(first as HTMLElement);
    expect(first).toHaveAttribute('role', 'button');

    await user.keyboard('{ArrowRight}');
    const second = document.activeElement!;
    expect(second).not.toBe(first);
    expect(second).toHaveAttribute('role', 'button');
    expect(map.querySelectorAll('[tabindex="0"]')).toEqual(expect.objectContaining({ length: 1, 0: second }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(first);
    await user.keyboard('{End}{Enter}');
    expect(store.getState().country).toBe(document.activeElement!.getAttribute('data-id'));
    expect(store.getState().country).not.toBeNull();

    // Tabbing on leaves the map: it is one stop, not forty.
    await user.tab();
    expect(map.contains(document.activeElement)).toBe(false);
  });

  it('is described by a summary of the shown date', () => {
    renderMap('?date=2020-07-15');
    expect(screen.getByRole('group', { name: /as of 15 July 2020/ })).toHaveAccessibleDescription(
      summaryOn('2020-07-15', '15 July 2020'),
    );
  });

  it('while playing, describes the date at most once a second, and settles on where it stops', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { store } = renderMap('?date=2020-07-15');
      void act(() => store.getState().setPlaying(true));
      void act(() => store.getState().setDate(dayOf('2020-07-20'), 'replace'));
      void act(() => store.getState().setDate(dayOf('2021-01-01'), 'replace'));
      void act(() => store.getState().setDate(dayOf('2022-06-29'), 'replace'));
      // The first change of a second is written at once; the rest wait for the second to end.
      expect(screen.getByRole('group', { name: /as of 20 July 2020/ })).toBeInTheDocument();
      void act(() => store.getState().setPlaying(false));
      void act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(screen.getByRole('group', { name: /as of 29 June 2022/ })).toHaveAccessibleDescription(
        /^As of 29 June 2022: /,
      );
      // Not playing, it follows each change at once.
      void act(() => store.getState().setDate(dayOf('2020-07-15')));
      expect(screen.getByRole('group', { name: /as of 15 July 2020/ })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('while playing, recolours on every step and renames countries at most once a second', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { store } = renderMap('?date=2020-07-15');
      const canada = countryButton('Canada');
      void act(() => store.getState().setPlaying(true));
      void act(() => store.getState().setDate(dayOf('2022-06-29'), 'replace'));
      expect(canada).toHaveAttribute('fill', fillFor('banned', 'light'));
      expect(canada).toHaveAccessibleName('Canada: debating since September 2018');
      void act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(canada).toHaveAccessibleName('Canada: banned since 19 May 2022');
      // Where playback stops, the names are those of the date it stopped on, at once.
      void act(() => store.getState().setDate(dayOf('2020-07-15'), 'replace'));
      expect(canada).toHaveAccessibleName('Canada: banned since 19 May 2022');
      void act(() => store.getState().setPlaying(false));
      expect(canada).toHaveAccessibleName('Canada: debating since September 2018');
    } finally {
      vi.useRealTimers();
    }
  });

  it('repaints fills when the date changes, on the same path elements', () => {
    const { store } = renderMap('?date=2020-07-15');
    const canada = countryButton('Canada');
    expect(canada).toHaveAttribute('fill', fillFor('debating', 'light'));
    void act(() => store.getState().setDate(dayOf('2022-06-29')));
    expect(countryButton('Canada')).toBe(canada);
    expect(canada).toHaveAttribute('fill', fillFor('banned', 'light'));
    expect(canada).toHaveAccessibleName('Canada: banned since 19 May 2022');
  });

  it('in compare mode fades what did not change and marks what did with its old status', () => {
    renderMap('?date=2018-08-24..2022-06-29');
    expect(countryButton('Australia')).toHaveClass('is-faded'); // banned on both dates
    const canada = countryButton('Canada');
    expect(canada).not.toHaveClass('is-faded');
    expect(canada).toHaveAttribute('fill', fillFor('banned', 'light'));
    expect(canada).toHaveAccessibleName('Canada: banned since 19 May 2022; had no data on 24 August 2018');
    expect(document.querySelectorAll('.map-compare__dot').length).toBeGreaterThan(0);
    expect(screen.getByText(/Dot or ring: the status on 24 August 2018 \(A\)/)).toBeInTheDocument();
    // The legend counts the later date's statuses, and says so.
    const legend = screen.getByRole('group', { name: 'Status on 29 June 2022 (B)' });
    const banned = countsOn('2022-06-29').banned!;
    expect(within(legend).getByRole('button', { name: `Banned ${banned} countries` })).toBeInTheDocument();
  });

  it('switches to Europe and back from the region control', async () => {
    const user = userEvent.setup();
    const { store } = renderMap();
    await user.click(screen.getByRole('button', { name: 'Europe' }));
    expect(store.getState().region).toBe('europe');
    expect(screen.getByRole('button', { name: 'Europe' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(store.getState().region).toBe('world');
  });

  it('has no axe violations', async () => {
    const { container } = renderWithProviders(
      <main>
        <section aria-label="Map">
          <WorldMap />
          <Legend />
        </section>
      </main>,
      { search: '?date=2020-07-15&country=GBR' },
    );
    const results = await axe.run(container);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
