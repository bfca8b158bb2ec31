import type { DayNumber } from '../data/dates';
import type { AppStore } from './createAppStore';

/**
 * Where the timeline's thumb is while playback travels from one update day to the next. The
 * store (and so the URL, the map, the big date and everything else that reads the date) moves
 * only when playback lands on an update day: between two of them nothing they show can change.
 * Only the thumb and its fill follow the playhead, on every animation frame. Kept out of the
 * store because a store write notifies every subscriber in the page.
 */
export interface Playhead {
  /** The day to draw the thumb at, given the store's date: the store's date when not travelling. */
  shown(storeDate: DayNumber | null): DayNumber | null;
  /**
   * Travel to `day`, away from the store's date `from`. If anything else moves the store's date
   * meanwhile (a key, a click, Back), the travel no longer applies and `shown` ignores it.
   */
  travel(from: DayNumber | null, day: DayNumber): void;
  /**
   * Back to the store's date: for a stop that leaves the date where it is (a travel also ends by
   * itself when the store's date moves on).
   */
  clear(): void;
  subscribe(listener: () => void): () => void;
}

function createPlayhead(): Playhead {
  let at: { from: DayNumber | null; day: DayNumber } | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    shown: (storeDate) => (at && at.from === storeDate ? at.day : storeDate),
    travel(from, day) {
      if (at && at.from === from && at.day === day) return;
      at = { from, day };
      notify();
    },
    clear() {
      if (!at) return;
      at = null;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const playheads = new WeakMap<AppStore, Playhead>();

/** The playhead that goes with an app store (one each, as stores are one per app instance). */
export function playheadOf(store: AppStore): Playhead {
  let playhead = playheads.get(store);
  if (!playhead) playheads.set(store, (playhead = createPlayhead()));
  return playhead;
}
