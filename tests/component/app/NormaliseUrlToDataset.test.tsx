import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { NormaliseUrlToDataset } from '../../../src/app/NormaliseUrlToDataset';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { createStoreFromUrl, syncUrl } from '../../../src/state/syncUrl';
import { renderWithProviders } from '../renderWithProviders';
import { articleIndex } from '../../timelineDatasets';

/** The article's updates: 1 January 2018 to 29 June 2022. */
const article = articleIndex();

afterEach(() => window.history.replaceState(null, '', '/'));

/** Opens the page at `search` as startApp does: the store from the address, synced, then the app. */
function open(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  const store = createStoreFromUrl(window.location.search);
  const stop = syncUrl(store, window);
  const before = window.history.length;
  const rendered = renderWithProviders(
    <>
      <NormaliseUrlToDataset />
      <Timeline />
    </>,
    { store, index: article },
  );
  return { ...rendered, stop, newEntries: () => window.history.length - before };
}

describe('opening a link, the address keeps only what the app applied', () => {
  it('drops rejected values and keeps the valid ones and the embedding page’s own, without a new entry', () => {
    const { stop, newEntries } = open(
      '?utm_source=newsletter&region=mars&view=foo&theme=blue&embed=yes&date=2020-07-15&date=2019-01-01&country=XXX&childId=%3Cb%3E',
    );
    expect(window.location.search).toBe('?date=2020-07-15&utm_source=newsletter');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '15 July 2020');
    expect(newEntries()).toBe(0);
    stop();
  });

  it('drops a date that is no date', () => {
    const { stop } = open('?date=nonsense&ref=home');
    expect(window.location.search).toBe('?ref=home');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '29 June 2022');
    stop();
  });

  it('writes a country code in the case the dataset spells it', () => {
    const { store, stop, newEntries } = open('?country=gbr&utm_medium=email');
    expect(store.getState().country).toBe('GBR');
    expect(window.location.search).toBe('?country=GBR&utm_medium=email');
    expect(newEntries()).toBe(0);
    stop();
  });

  it('opens a date before the first update on the first, and one after the last on the latest', () => {
    const early = open('?date=2017-01-01');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '1 January 2018');
    expect(window.location.search).toBe('?date=2018-01-01');
    early.stop();
    early.unmount();

    const late = open('?date=2099-01-01');
    expect(screen.getByRole('slider', { name: 'Date' })).toHaveAttribute('aria-valuetext', '29 June 2022');
    expect(late.store.getState().date).toBeNull();
    expect(window.location.search).toBe('');
    late.stop();
  });

  it('opens a range written the other way round as the comparison it names', () => {
    const { stop } = open('?date=2021-12-31..2019-01-01');
    expect(screen.getByRole('slider', { name: 'Compare from' })).toHaveAttribute(
      'aria-valuetext',
      '1 January 2019',
    );
    expect(screen.getByRole('slider', { name: 'Compare to' })).toHaveAttribute(
      'aria-valuetext',
      '31 December 2021',
    );
    expect(new URLSearchParams(window.location.search).get('date')).toBe('2019-01-01..2021-12-31');
    stop();
  });
});
