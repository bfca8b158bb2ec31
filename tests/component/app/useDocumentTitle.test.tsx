import { afterEach, describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import { useDocumentTitle } from '../../../src/app/useDocumentTitle';
import { App } from '../../../src/app/App';
import { parseDate } from '../../../src/data/dates';
import { renderWithProviders } from '../renderWithProviders';
import '../map/seedWorld';

const PLAIN = 'Where is Huawei banned? Huawei 5G status by country';
const day = (iso: string) => parseDate(iso)!.day;

function TitleHarness() {
  useDocumentTitle();
  return null;
}

afterEach(() => {
  document.title = PLAIN;
  window.history.replaceState(null, '', '/');
});

describe('the document title', () => {
  it('names the view the address opens on: country, date, compared range', () => {
    const cases: [string, string][] = [
      ['', PLAIN],
      ['?country=CAN', 'Canada — Where is Huawei banned?'],
      ['?date=2020-07-15', 'As of 15 July 2020 — Where is Huawei banned?'],
      ['?country=GBR&date=2020-07-15', 'United Kingdom as of 15 July 2020 — Where is Huawei banned?'],
      ['?date=2019-01-01..2021-12-31', 'From 1 January 2019 to 31 December 2021 — Where is Huawei banned?'],
      [
        '?country=DEU&date=2019-01-01..2021-12-31',
        'Germany from 1 January 2019 to 31 December 2021 — Where is Huawei banned?',
      ],
    ];
    for (const [search, title] of cases) {
      const { unmount } = renderWithProviders(<TitleHarness />, { search });
      expect(document.title, search).toBe(title);
      unmount();
    }
  });

  it('follows the reader: a country picked, a date moved, a range compared, all cleared', () => {
    document.title = 'The page before';
    const { store, unmount } = renderWithProviders(<TitleHarness />);
    expect(document.title).toBe(PLAIN);
    act(() => store.getState().selectCountry('CAN'));
    expect(document.title).toBe('Canada — Where is Huawei banned?');
    act(() => store.getState().setDate(day('2020-07-15')));
    expect(document.title).toBe('Canada as of 15 July 2020 — Where is Huawei banned?');
    act(() => store.getState().setCompare({ from: day('2019-01-01'), to: day('2020-07-15') }));
    expect(document.title).toBe('Canada from 1 January 2019 to 15 July 2020 — Where is Huawei banned?');
    act(() => store.getState().setCompare(null));
    act(() => store.getState().selectCountry(null));
    expect(document.title).toBe('As of 15 July 2020 — Where is Huawei banned?');
    act(() => store.getState().setDate(null));
    expect(document.title).toBe(PLAIN);
    // Gone with the app, the title it found comes back.
    act(() => store.getState().selectCountry('CAN'));
    unmount();
    expect(document.title).toBe('The page before');
  });

  it('names the date alone until the data gives the country’s name', () => {
    const { unmount } = renderWithProviders(<TitleHarness />, {
      search: '?country=CAN&date=2020-07-15',
      index: null,
    });
    expect(document.title).toBe('As of 15 July 2020 — Where is Huawei banned?');
    unmount();
  });

  it('is the app’s: the page at a country’s address says so in its tab', () => {
    renderWithProviders(<App />, { search: '?country=CAN' });
    expect(document.title).toBe('Canada — Where is Huawei banned?');
  });
});
