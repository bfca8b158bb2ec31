import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStoreFromUrl, syncUrl } from '../../../src/state/syncUrl';
import { parseDate } from '../../../src/data/dates';

const day = (s: string) => parseDate(s)!.day;

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('syncUrl', () => {
  it('pushes a history entry for a reader’s choice and leaves defaults out of the URL', () => {
    window.history.replaceState(null, '', '/');
    const store = createStoreFromUrl('');
    const stop = syncUrl(store, window);
    const before = window.history.length;
    store.getState().selectCountry('CAN');
    expect(window.location.search).toBe('?country=CAN');
    expect(window.history.length).toBe(before + 1);
    store.getState().setView('map');
    expect(window.location.search).toBe('?country=CAN');
    stop();
  });

  it('keeps the embedding page’s own params through the reader’s steps, and drops the ones it rejected', () => {
    window.history.replaceState(null, '', '/?utm_source=feed&view=foo&ref=a%2Fb#map');
    const store = createStoreFromUrl(window.location.search);
    const stop = syncUrl(store, window);
    expect(window.location.search).toBe('?utm_source=feed&ref=a%2Fb');
    store.getState().selectCountry('CAN');
    store.getState().setView('table');
    expect(window.location.search).toBe('?country=CAN&view=table&utm_source=feed&ref=a%2Fb');
    expect(window.location.hash).toBe('#map');
    stop();
  });

  it('leaves an address with nothing to correct as it is', () => {
    window.history.replaceState(null, '', '/?utm_source=feed&date=2019-01-01');
    const stop = syncUrl(createStoreFromUrl(window.location.search), window);
    expect(window.location.search).toBe('?utm_source=feed&date=2019-01-01');
    stop();
  });

  it('turns a burst of timeline steps into one history entry', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    window.history.replaceState(null, '', '/?date=2019-01-01');
    const store = createStoreFromUrl(window.location.search);
    const stop = syncUrl(store, window);
    const before = window.history.length;
    for (const d of ['2019-02-01', '2019-03-01', '2019-04-01']) {
      store.getState().setDate(day(d));
      vi.advanceTimersByTime(100);
    }
    // The first step is written at once; the rest once the burst settles.
    expect(window.location.search).toBe('?date=2019-02-01');
    vi.advanceTimersByTime(300);
    expect(window.location.search).toBe('?date=2019-04-01');
    expect(window.history.length).toBe(before + 1);
    // A pause longer than a second starts a new entry.
    vi.advanceTimersByTime(1500);
    store.getState().setDate(day('2019-05-01'));
    expect(window.history.length).toBe(before + 2);
    stop();
  });

  it('follows Back and Forward', async () => {
    window.history.replaceState(null, '', '/');
    const store = createStoreFromUrl('');
    const stop = syncUrl(store, window);
    store.getState().selectCountry('GBR');
    store.getState().setView('table');
    const popped = new Promise((ok) => window.addEventListener('popstate', ok, { once: true }));
    window.history.back();
    await popped;
    expect(store.getState().view).toBe('map');
    expect(store.getState().country).toBe('GBR');
    stop();
  });
});
