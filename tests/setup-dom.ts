import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { configure } from '@testing-library/dom';
import { act } from 'preact/test-utils';

// Unmounted inside act(): Preact 11 runs an unmounted component's effect cleanups after the next
// paint, as React does, and outside act() they could run after the test environment is gone
// (react-query's provider then removed its window listeners from no window at all).
afterEach(() => {
  void act(() => cleanup());
});

// The app ships on preact/compat (vite.config.ts). @testing-library/preact wraps its own copy of
// Testing Library's DOM helpers; user-event uses the top-level copy, so wrap each of its events in
// Preact's act() too: what a simulated key or click renders is flushed before the next one, as
// between a reader's key presses. Not the async wrapper: nested act() calls would hold every
// render of a whole `user.keyboard('{ArrowDown}{Enter}')` until it ends.
configure({
  eventWrapper: (cb) => {
    let result: unknown;
    // Preact's act() flushes a synchronous callback before it returns; its promise adds nothing.
    void act(() => {
      result = cb();
    });
    return result;
  },
});

// As in index.html: dates read "15 July 2020".
document.documentElement.lang = 'en-GB';

// jsdom lacks these browser APIs; components use them for layout and media queries.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
}
