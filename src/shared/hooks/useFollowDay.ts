import { useLayoutEffect, useRef } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { playheadOf } from '../../state/playheadOf';
import { useDataset } from '../load/datasetQuery';

/**
 * Calls `write(day, index)` now and on every change of the shown day, outside the render cycle:
 * for text that follows the timeline (legend counts, the map's summary), so a playback step
 * writes a few text nodes instead of re-rendering components. `day` is the URL's date, or the
 * latest update's when the URL has none; null until the dataset is there.
 *
 * `playhead: true` (the timeline's thumb) also follows playback's travel between update days
 * (see playheadOf), which moves on every animation frame without the store.
 */
export function useFollowDay(
  write: (day: DayNumber | null, index: DatasetIndex | null) => void,
  options: { playhead?: boolean } = {},
): void {
  const withPlayhead = options.playhead === true;
  const store = useAppStoreApi();
  const index = useDataset().data ?? null;
  const latest = useRef(write);
  // The latest writer, for the subscription below (which outlives renders); set before it runs.
  useLayoutEffect(() => {
    latest.current = write;
  });
  useLayoutEffect(() => {
    const playhead = withPlayhead ? playheadOf(store) : null;
    const run = () => {
      const stored = store.getState().date;
      const date = playhead ? playhead.shown(stored) : stored;
      latest.current(date ?? index?.lastDay ?? null, index);
    };
    run();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.date !== prev.date) run();
    });
    const unfollow = playhead?.subscribe(run);
    return () => {
      unsubscribe();
      unfollow?.();
    };
  }, [store, index, withPlayhead]);
}

/**
 * Sets an element's text, reusing its text node: the framework keeps a reference to the node it
 * rendered, and replacing it (textContent) would leave that reference pointing at a detached node.
 */
export function setText(el: Element, text: string): void {
  const node = el.firstChild;
  if (node && node === el.lastChild && node.nodeType === Node.TEXT_NODE) {
    // Writing the same text still dirties layout: most followers change only on update days.
    if ((node as Text).data !== text) (node as Text).data = text;
  } else el.textContent = text;
}
