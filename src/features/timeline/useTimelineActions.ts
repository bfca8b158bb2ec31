import { useMemo } from 'react';
import type { DayNumber } from '../../data/dates';
import { useAppStoreApi } from '../../state/AppStoreContext';
import type { AppState } from '../../state/createAppStore';
import { playheadOf } from '../../state/playheadOf';
import { clampDay, moveHandle, type TimelineModel } from './timelineController';

export type HistoryMode = AppState['historyMode'];

export interface TimelineActions {
  /** The day the thumb is on (the store's `null` means the latest day). */
  currentDay: () => DayNumber;
  /** A reader moving the date: stops playback first (dragging or stepping takes over). */
  goTo: (day: DayNumber, mode?: HistoryMode) => void;
  /** A reader moving one compare handle; it stops at the other handle. */
  moveCompare: (handle: 'from' | 'to', day: DayNumber, mode?: HistoryMode) => void;
  togglePlaying: () => void;
}

/** Imperative actions read the store when called, so components need not subscribe to the date. */
export function useTimelineActions(model: TimelineModel): TimelineActions {
  const store = useAppStoreApi();
  return useMemo(() => {
    // Where the thumb is: mid-travel in a playback, past the store's date (see playheadOf), so
    // "next update" and the arrow keys go on from what the reader sees.
    const currentDay = () => clampDay(model, playheadOf(store).shown(store.getState().date) ?? model.lastDay);
    const stop = () => {
      if (store.getState().playing) store.getState().setPlaying(false);
    };
    return {
      currentDay,
      goTo: (day, mode = 'push') => {
        stop();
        const next = clampDay(model, day);
        if (next !== store.getState().date) store.getState().setDate(next, mode);
      },
      moveCompare: (handle, day, mode = 'push') => {
        stop();
        const range = store.getState().compare;
        if (!range) return;
        const next = moveHandle(model, range, handle, day);
        if (next.from !== range.from || next.to !== range.to) store.getState().setCompare(next, mode);
      },
      togglePlaying: () => {
        const s = store.getState();
        // Playback shows one date; compare mode shows two, so Play waits until compare is left.
        if (s.compare) return;
        s.setPlaying(!s.playing);
      },
    };
  }, [store, model]);
}
