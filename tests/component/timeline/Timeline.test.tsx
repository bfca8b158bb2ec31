import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { formatDay, parseDate } from '../../../src/data/dates';
import { syncUrl } from '../../../src/state/syncUrl';
import { renderWithProviders } from '../renderWithProviders';
import { articleIndex, indexOf, type Row } from '../../timelineDatasets';
import { COUNTRIES } from '../../../src/data/countries.generated';

const day = (s: string) => parseDate(s)!.day;
/** The article's updates, 2018–2022 (see datasets.ts). */
const article = articleIndex();

/** Makes `matchMedia` answer true for queries containing one of `matching` (jsdom says false). */
function mockMedia(matching: string[]) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: matching.some((m) => query.includes(m)),
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
}

/** As a browser's does, ResizeObserver reports each box once it is observed (jsdom's stub never does). */
function reportSizes() {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        this.report([{ target } as ResizeObserverEntry], this);
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('Timeline slider', () => {
  it('is a real slider over the dataset, valued in days and read as a date', () => {
    renderWithProviders(<Timeline />, { search: '?date=2020-07-15', index: article });
    const slider = screen.getByRole('slider', { name: 'Date' });
    expect(slider).toHaveAttribute('aria-valuetext', '15 July 2020');
    expect(slider).toHaveAttribute('aria-valuenow', String(day('2020-07-15')));
    expect(slider).toHaveAttribute('aria-valuemin', String(day('2018-01-01')));
    expect(slider).toHaveAttribute('aria-valuemax', String(day('2022-06-29')));
    expect(screen.getByText('15 July 2020', { selector: '.timeline-date__text' })).toBeInTheDocument();
    expect(screen.getByText('15 Jul 2020 · United Kingdom → banned · Reuters')).toBeInTheDocument();
  });

  it('moves between update days with the arrows, by a year with PageUp/PageDown, to the ends with Home/End', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2020-07-15', index: article });
    const slider = screen.getByRole('slider', { name: 'Date' });
    slider.focus();

    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute('aria-valuetext', '20 July 2020');
    expect(store.getState().date).toBe(day('2020-07-20'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuetext', '9 July 2020');

    await user.keyboard('{PageUp}');
    expect(slider).toHaveAttribute('aria-valuetext', '9 July 2021');
    await user.keyboard('{PageDown}{PageDown}');
    expect(slider).toHaveAttribute('aria-valuetext', '9 July 2019');

    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute('aria-valuetext', '1 January 2018');
    await user.keyboard('{ArrowLeft}');
    expect(slider).toHaveAttribute('aria-valuetext', '1 January 2018');
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute('aria-valuetext', '29 June 2022');
    expect(store.getState().date).toBe(day('2022-06-29'));
  });

  it('announces the update reached in a polite live region', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Timeline />, { search: '?date=2020-07-14', index: article });
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe(''); // the page's opening state is not announced
    screen.getByRole('slider', { name: 'Date' }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(live).toHaveTextContent('15 July 2020: United Kingdom banned. Source: Reuters.'),
    );
  });
});

describe('Playback controls', () => {
  it('says a step button is unavailable only when it is: at an end, not while comparing two dates', () => {
    const first = renderWithProviders(<Timeline />, { search: '?date=2000-01-01', index: article });
    expect(screen.getByRole('button', { name: 'Previous update' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'Next update' })).not.toHaveAttribute('aria-disabled');
    first.unmount();
    renderWithProviders(<Timeline />, { search: '?date=2019-01-01..2020-07-15', index: article });
    for (const name of ['Previous update', 'Next update']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).not.toHaveAttribute('aria-disabled');
    }
  });

  it('Play toggles playback, and its name says what it will do', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('plays forward through the store until paused', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    const slider = screen.getByRole('slider', { name: 'Date' });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(store.getState().date).toBeGreaterThan(day('2019-01-01')));
    expect(slider.getAttribute('aria-valuetext')).not.toBe('1 January 2019');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const paused = store.getState().date;
    await new Promise((r) => setTimeout(r, 100));
    expect(store.getState().date).toBe(paused);
  });

  it('between updates only the thumb travels: the value moves on update days, and Pause lands it where the thumb is', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    const slider = screen.getByRole('slider', { name: 'Date' });
    const index = article;
    const updateDays = new Set(index.events.map((e) => e.day));
    const position = (d: number) => (d - index.firstDay) / (index.lastDay - index.firstDay);
    /** Where the thumb is drawn, as a fraction of the track (it is translated in track widths, cqw). */
    const thumbAt = () => parseFloat(slider.style.translate) / 100;
    const values: number[] = [];
    const observer = new MutationObserver(() => values.push(Number(slider.getAttribute('aria-valuenow'))));
    observer.observe(slider, { attributes: true, attributeFilter: ['aria-valuenow'] });

    await user.click(screen.getByRole('button', { name: 'Play' }));
    // Caught between two updates: the thumb has moved on from the value.
    await waitFor(
      () => {
        expect(values.length).toBeGreaterThanOrEqual(2);
        expect(thumbAt()).toBeGreaterThan(position(store.getState().date!) + 0.002);
      },
      { timeout: 5000 },
    );
    expect(values.every((v) => updateDays.has(v))).toBe(true);
    // The big date says the update on show, as the slider's value does.
    const valueText = slider.getAttribute('aria-valuetext')!;
    expect(screen.getByText(valueText, { selector: '.timeline-date__text' })).toBeInTheDocument();

    const before = store.getState().date!;
    const thumb = thumbAt();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    observer.disconnect();
    const paused = store.getState().date!;
    expect(paused).toBeGreaterThan(before);
    expect(position(paused)).toBeGreaterThanOrEqual(thumb - 0.002);
    expect(slider).toHaveAttribute('aria-valuenow', String(paused));
    expect(thumbAt()).toBeCloseTo(position(paused), 6);
  });

  it('mid-travel, Previous update goes to the update the thumb has just passed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    const slider = screen.getByRole('slider', { name: 'Date' });
    const index = article;
    const position = (d: number) => (d - index.firstDay) / (index.lastDay - index.firstDay);
    const thumbAt = () => parseFloat(slider.style.translate) / 100;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '0.5×');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    const updateDays = new Set(index.events.map((e) => e.day));
    // Past an update (not the day playback started from), and travelling on from it.
    await waitFor(
      () => {
        expect(updateDays.has(store.getState().date!)).toBe(true);
        expect(thumbAt()).toBeGreaterThan(position(store.getState().date!) + 0.002);
      },
      { timeout: 5000 },
    );
    const passed = store.getState().date!;
    await user.click(screen.getByRole('button', { name: 'Previous update' }));
    expect(store.getState().playing).toBe(false);
    expect(store.getState().date).toBe(passed);
    expect(slider).toHaveAttribute('aria-valuenow', String(passed));
  });

  it('stepping or dragging the slider stops playback', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Next update' }));
    expect(store.getState().playing).toBe(false);
    const stopped = store.getState().date!;
    expect(stopped).toBeGreaterThan(day('2019-01-01'));

    await user.click(screen.getByRole('button', { name: 'Play' }));
    screen.getByRole('slider', { name: 'Date' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().playing).toBe(false);
  });

  it('pressing and dragging along the track moves the date, snapping to nearby updates, and stops playback', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    const track = document.querySelector<HTMLElement>('.timeline-slider__track')!;
    // jsdom has no layout: give the track 1000 px, so one px is about 1.6 days.
    track.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 1000, height: 52 });
    const span = day('2022-06-29') - day('2018-01-01');
    const xOf = (d: number) => ((d - day('2018-01-01')) / span) * 1000;

    await user.click(screen.getByRole('button', { name: 'Play' }));
    await user.pointer([
      { keys: '[MouseLeft>]', target: track, coords: { clientX: xOf(day('2020-07-13')), clientY: 30 } },
    ]);
    expect(store.getState().playing).toBe(false);
    // Two days off the 15 July 2020 update: within the snap distance, so it lands on it.
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '15 July 2020');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveFocus();
    await user.pointer([
      { target: track, coords: { clientX: xOf(day('2021-03-01')), clientY: 30 } },
      { keys: '[/MouseLeft]' },
    ]);
    expect(store.getState().date).toBe(day('2021-03-01'));
  });

  it('Space toggles playback from the slider, but not from a button that Space presses', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    screen.getByRole('slider', { name: 'Date' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    screen.getByRole('button', { name: 'Loop' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Loop' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('Space toggles playback on the map stage too, but leaves its country buttons and the rest of the page alone', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(
      <>
        <section className="stage" aria-label="Map">
          <svg tabIndex={0} aria-label="World map">
            <path role="button" tabIndex={-1} aria-label="Canada" d="M0 0h1v1z" />
          </svg>
          <p>sea</p>
        </section>
        <input aria-label="Elsewhere" />
        <Timeline />
      </>,
      { search: '?date=2019-01-01', index: article },
    );
    screen.getByLabelText('World map').focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    screen.getByRole('button', { name: 'Canada' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    // A click on the sea leaves focus on the body: Space still means the map.
    await user.click(screen.getByText('sea'));
    expect(document.activeElement).toBe(document.body);
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    screen.getByRole('textbox', { name: 'Elsewhere' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
  });

  it('offers speeds 0.5× to 4×', () => {
    renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    const speed = screen.getByRole('combobox', { name: 'Speed' });
    expect(
      within(speed)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['0.5×', '1×', '2×', '4×']);
    expect(speed).toHaveValue('1');
  });

  it('autoplay=1 starts playback once the data is there, except under reduced motion', () => {
    const { store, unmount } = renderWithProviders(<Timeline />, { search: '?autoplay=1', index: article });
    expect(store.getState().playing).toBe(true);
    unmount();
    mockMedia(['prefers-reduced-motion']);
    const reduced = renderWithProviders(<Timeline />, { search: '?autoplay=1', index: article });
    expect(reduced.store.getState().playing).toBe(false);
  });

  it('writes the date to the URL once playback pauses', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    const stop = syncUrl(store, window, { debounceMs: 50 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '4×');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(store.getState().date).toBeGreaterThan(day('2019-01-20')), { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const shown = screen.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuenow');
    expect(new URLSearchParams(window.location.search).get('date')).toBe(
      new Date(Number(shown) * 86_400_000).toISOString().slice(0, 10),
    );
    stop();
  });

  it('a play to the end leaves no date in the URL: the latest update is the default', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?date=2022-06-01');
    const { store } = renderWithProviders(<Timeline />, { search: window.location.search, index: article });
    const stop = syncUrl(store, window, { debounceMs: 50 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '4×');
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument(), {
      timeout: 5000,
    });
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '29 June 2022');
    expect(store.getState().date).toBeNull();
    expect(window.location.search).toBe('');
    stop();
  });
});

describe('Typing a date (wide screens)', () => {
  it('turns the big date into a field: Enter goes there, Escape cancels', async () => {
    mockMedia(['min-width']);
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2020-07-15', index: article });
    await user.click(screen.getByRole('button', { name: '15 July 2020, change date' }));
    const input = screen.getByRole('textbox', { name: 'Go to date' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, '2019-03-26{Enter}');
    expect(store.getState().date).toBe(day('2019-03-26'));
    const button = screen.getByRole('button', { name: '26 March 2019, change date' });
    expect(button).toHaveFocus();

    await user.click(button);
    await user.clear(screen.getByRole('textbox', { name: 'Go to date' }));
    await user.type(screen.getByRole('textbox', { name: 'Go to date' }), '2021-01-01{Escape}');
    expect(store.getState().date).toBe(day('2019-03-26'));
    expect(screen.getByRole('button', { name: '26 March 2019, change date' })).toHaveFocus();
  });

  it('writes and reads the date day first, as the rest of the page (not the browser’s 07/15/2020)', async () => {
    mockMedia(['min-width']);
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2020-07-15', index: article });
    await user.click(screen.getByRole('button', { name: '15 July 2020, change date' }));
    const input = screen.getByRole('textbox', { name: 'Go to date' });
    expect(input).toHaveValue('15 July 2020');
    expect(input).toHaveAccessibleDescription(/^Day, month, year, as 15 July 2020 or 15\/07\/2020\./);
    // Selected on opening: typing replaces it.
    await user.keyboard('26/03/2019{Enter}');
    expect(store.getState().date).toBe(day('2019-03-26'));

    await user.click(screen.getByRole('button', { name: '26 March 2019, change date' }));
    await user.keyboard('3 Sept 2021{Enter}');
    expect(store.getState().date).toBe(day('2021-09-03'));

    // Month first does not read: the field stays open, marked, until Escape.
    await user.click(screen.getByRole('button', { name: '3 September 2021, change date' }));
    await user.keyboard('07/15/2020{Enter}');
    const field = screen.getByRole('textbox', { name: 'Go to date' });
    expect(field).toBeInvalid();
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(store.getState().date).toBe(day('2021-09-03'));
    expect(screen.getByRole('button', { name: '3 September 2021, change date' })).toHaveFocus();
  });
});

describe('Compare two dates', () => {
  it('switches to two handles, sets the range in the store and the URL, and lists what changed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2020-07-15', index: article });
    const stop = syncUrl(store, window);
    await user.click(screen.getByRole('button', { name: 'Compare' }));

    expect(store.getState().compare).toEqual({ from: day('2018-01-01'), to: day('2020-07-15') });
    expect(screen.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('slider', { name: 'Date' })).not.toBeInTheDocument();
    const from = screen.getByRole('slider', { name: 'Compare from' });
    const to = screen.getByRole('slider', { name: 'Compare to' });
    expect(from).toHaveAttribute('aria-valuetext', '1 January 2018');
    expect(to).toHaveAttribute('aria-valuetext', '15 July 2020');
    expect(new URLSearchParams(window.location.search).get('date')).toBe('2018-01-01..2020-07-15');

    const list = screen.getByRole('list', { name: /Status changes from 1 January 2018 to 15 July 2020/ });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'No data → Banned: 3 countries — Australia, United Kingdom, United States',
      // Counted as the legend counts, countries only: a company or the EU is named apart.
      'No data → Restricted: 0 countries — also BT Group (company)',
      'No data → Debating: 6 countries — Austria, Belgium, Brazil, Canada, Czech Republic, Germany',
      'No data → Permitted: 1 country — Bahrain; also European Union (bloc)',
    ]);

    // Each handle is keyboard operable; B moves back to the update before 15 July 2020.
    to.focus();
    await user.keyboard('{ArrowLeft}');
    expect(to).toHaveAttribute('aria-valuetext', '9 July 2020');
    expect(store.getState().compare).toEqual({ from: day('2018-01-01'), to: day('2020-07-09') });
    expect(within(list).getByText(/No data → Banned: 2 countries/)).toBeInTheDocument();
    from.focus();
    await user.keyboard('{PageUp}');
    expect(from).toHaveAttribute('aria-valuetext', '1 January 2019');
    // Steps in quick succession are one gesture: the URL catches up once it settles.
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('date')).toBe('2019-01-01..2020-07-09'),
    );
    // A cannot pass B.
    await user.keyboard('{End}');
    expect(store.getState().compare).toEqual({ from: day('2020-07-09'), to: day('2020-07-09') });
    expect(screen.getByText('No status changed between these dates.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(store.getState().compare).toBeNull();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '9 July 2020');
    stop();
  });

  it('stops playback and disables Play while comparing', async () => {
    const user = userEvent.setup();
    const { store } = renderWithProviders(<Timeline />, { search: '?date=2019-01-01', index: article });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    screen.getByRole('slider', { name: 'Compare to' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
  });
});

describe('A busy timeline', () => {
  /** Eight updates on 1 February 2019, long names among them, and a year on either side. */
  const busy = indexOf([
    ['2018-06-01', 'FRA', { FRA: 'debating' }],
    ['2019-02-01', 'ITA', { ITA: 'debating' }, 'La Stampa'],
    ['2019-02-01', 'BIH', { BIH: 'permitted' }],
    ['2019-02-01', 'TTO', { TTO: 'permitted' }, 'Trinidad Express'],
    ['2019-02-01', 'ARE', { ARE: 'permitted' }],
    ['2019-02-01', 'FRA', { FRA: 'restricted' }, 'Les Echos'],
    ['2019-02-01', 'NPL', { NPL: 'permitted' }, 'Kathmandu Post'],
    ['2019-02-01', 'ZAF'],
    ['2019-02-01', 'LUX', { LUX: 'banned' }],
    ['2020-02-01', 'ITA', { ITA: 'restricted' }],
  ]);

  /** jsdom has no layout: give the caption's line `px` of width (and nothing else any). */
  const captionWidth = (px: number) => {
    reportSizes();
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.classList.contains('timeline-caption') ? px : 0;
    });
  };

  it('names as many of a day’s changes as fit one line on a phone, the harshest first, and the rest as a count', () => {
    captionWidth(370);
    renderWithProviders(<Timeline />, { search: '?date=2019-02-01', index: busy });
    expect(screen.getByText('1 Feb 2019 · Luxembourg → banned, +7 more')).toBeInTheDocument();
  });

  it('names more of them on a wide screen, and gives the whole day to screen readers and as a tooltip', () => {
    captionWidth(800);
    renderWithProviders(<Timeline />, { search: '?date=2019-02-01', index: busy });
    const line = screen.getByText(
      '1 Feb 2019 · Luxembourg → banned, France → restricted, Italy → debating, +5 more',
    );
    expect(line).toHaveAttribute('aria-hidden', 'true');
    const words = screen.getByText(/^1 February 2019: Luxembourg banned, France restricted, Italy debating,/);
    expect(words).toHaveTextContent(
      '1 February 2019: Luxembourg banned, France restricted, Italy debating, Bosnia and Herzegovina permitted, Trinidad and Tobago permitted, United Arab Emirates permitted, Nepal permitted, update on South Africa. Sources: La Stampa, Reuters, Trinidad Express, Les Echos, Kathmandu Post.',
    );
    expect(words.closest('p')).toHaveAttribute(
      'title',
      expect.stringContaining('Nepal → permitted, Update on South Africa · La Stampa, Reuters'),
    );
  });

  it('under reduced motion, playback steps through calendar time and names every update since the day it showed before', async () => {
    mockMedia(['prefers-reduced-motion']);
    const user = userEvent.setup();
    // A step covers 1/40 of the range, about 18 days here: the first passes two update days.
    const story = indexOf([
      ['2020-01-01', 'ESP', { ESP: 'debating' }],
      ['2020-01-05', 'GBR', { GBR: 'banned' }],
      ['2020-01-10', 'DEU', { DEU: 'restricted' }, 'Handelsblatt'],
      ['2020-06-01', 'PRT', { PRT: 'permitted' }],
      ['2021-12-31', 'ITA', { ITA: 'debating' }],
    ]);
    renderWithProviders(<Timeline />, { search: '?date=2020-01-01', index: story });
    const slider = screen.getByRole('slider', { name: 'Date' });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuetext', '10 January 2020'));
    expect(
      screen.getByText('5 Jan – 10 Jan 2020 · United Kingdom → banned, Germany → restricted'),
    ).toBeInTheDocument();
    const live = document.querySelector('[aria-live="polite"]')!;
    await waitFor(() =>
      expect(live).toHaveTextContent(
        '5 January to 10 January 2020: United Kingdom banned, Germany restricted.',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Pause' }));
  });

  it('labels as many years as fit under the track, keeping a mark for each of the others', () => {
    reportSizes();
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return DOMRect.fromRect({ width: this.classList.contains('timeline-slider__track') ? 120 : 0 });
    });
    renderWithProviders(<Timeline />, { search: '?date=2020-07-15', index: article });
    // 2018 to 2022 in 120 px: every other year.
    for (const year of ['2018', '2020', '2022']) expect(screen.getByText(year)).toBeInTheDocument();
    for (const year of ['2019', '2021']) expect(screen.queryByText(year)).not.toBeInTheDocument();
  });
});

describe('Announcements while playing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('come at most once a second, each naming every update since the one before', async () => {
    // A country a week through 2020: several update days pass between two announcements.
    const ids = Object.keys(COUNTRIES).slice(0, 52);
    const rows = ids.map((id, i): Row => [formatDay(day('2020-01-01') + 7 * i), id, { [id]: 'debating' }]);
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'],
    });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    renderWithProviders(<Timeline />, { search: '?date=2020-01-01', index: indexOf(rows) });
    const live = document.querySelector('[aria-live="polite"]')!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(live.textContent ?? ''));
    observer.observe(live, { subtree: true, childList: true, characterData: true });

    await user.click(screen.getByRole('button', { name: 'Play' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(4_000);
    });
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    // The last one, held back by the throttle.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    observer.disconnect();

    // Four seconds of a 20 s playback: a fifth of the year, in at most one announcement a second.
    expect(heard.length).toBeGreaterThanOrEqual(3);
    expect(heard.length).toBeLessThanOrEqual(6);
    expect(heard.slice(1).every((h) => / to \d+ \w+ 2020: /.test(h))).toBe(true);
    // Together they name every country whose update the slider has passed, each once.
    const shown = Number(screen.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuenow'));
    const passed = rows.filter(([date]) => day(date) > day('2020-01-01') && day(date) <= shown);
    const named = heard.flatMap((h) => [...h.matchAll(/(?:: |, )([^,.:]+?) debating/g)].map((m) => m[1]));
    expect(named).toEqual(passed.map(([, id]) => COUNTRIES[id]!.name));
  });
});
