import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { REDUCED_MOTION, useMediaQuery } from '../../shared/hooks/useMediaQuery';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { playheadOf } from '../../state/playheadOf';
import { advance, isEventDay, startPlayback } from './playbackClock';
import { changedBetween } from './changedBetween';
import type { TimelineModel } from './timelineController';

/** How long countries whose status just changed stay outlined on the map. */
export const CHANGED_OUTLINE_MS = 1_200;
/**
 * Longest frame the clock accepts. A background tab stops animation frames; on return the
 * reader should see playback resume where it was, not a jump of minutes.
 */
const MAX_FRAME_MS = 100;

export interface PlaybackSettings {
  speed: number;
  loop: boolean;
}

/**
 * The playback engine: while `store.playing`, an animation-frame loop steps the pure clock.
 * Between update days it moves only the playhead, which the slider's thumb and fill follow
 * (playheadOf); on an update day, and at either end, it writes the day to the store (with
 * 'replace', so syncUrl writes the address debounced), and the map, legend, big date and
 * captions follow. Nothing they show changes between update days, and a store write per frame
 * would call every subscriber in the page and lay out and repaint the date.
 * Pausing lands the store where the thumb is (setPlaying). Nothing here re-renders React per
 * frame. Status changes crossed in a step are flagged in `store.changed` for a moment.
 */
export function usePlayback(index: DatasetIndex, model: TimelineModel, settings: PlaybackSettings): void {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const reducedMotion = useMediaQuery(REDUCED_MOTION);

  // Speed, loop and motion preference can change mid-play without restarting the loop.
  const live = useRef({ ...settings, reducedMotion });
  useEffect(() => {
    live.current = { speed: settings.speed, loop: settings.loop, reducedMotion };
  }, [settings.speed, settings.loop, reducedMotion]);

  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(clearTimer.current);
      if (store.getState().changed.length > 0) store.getState().setChanged([]);
    },
    [store],
  );

  useEffect(() => {
    if (!playing) return;
    const playhead = playheadOf(store);
    const shownDay = () => store.getState().date ?? model.lastDay;
    let state = startPlayback(model, shownDay(), { reducedMotion: live.current.reducedMotion });
    if (state.day !== shownDay()) store.getState().setDate(state.day, 'replace');
    /** The day last written to the store (the thumb may have travelled on from it). */
    let written = state.day;
    let last: number | null = null;

    const tick = (now: number) => {
      const s = store.getState();
      if (!s.playing) return;
      // Someone else moved the date (a panel link, Back): the reader has taken over.
      if (shownDay() !== written) {
        s.setPlaying(false);
        return;
      }
      const elapsed = last === null ? 0 : Math.min(Math.max(0, now - last), MAX_FRAME_MS);
      last = now;
      const { speed, loop, reducedMotion: reduced } = live.current;
      const next = advance(model, state, elapsed, speed, { loop, reducedMotion: reduced });
      if (next.day !== state.day) {
        if (next.finished || landsOn(model, next.day)) {
          const ids = changedBetween(index, written, next.day);
          written = next.day;
          // The travel ends by itself: it belonged to the date the store has just left. The last
          // day is written as the default (null), so a play to the end leaves no `date=` in the
          // address and a shared link follows new updates.
          s.playTo(next.day === model.lastDay ? null : next.day, ids);
          if (ids.length > 0) {
            clearTimeout(clearTimer.current);
            clearTimer.current = setTimeout(() => store.getState().setChanged([]), CHANGED_OUTLINE_MS);
          }
        } else playhead.travel(s.date, next.day);
      }
      state = next;
      if (state.finished) {
        s.setPlaying(false);
        return;
      }
      frame = requestAnimationFrame(tick);
    };
    let frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      playhead.clear();
    };
  }, [playing, model, index, store]);
}

/** Days playback writes to the store: update days, and the ends of the timeline. */
function landsOn(model: TimelineModel, day: number): boolean {
  return day === model.firstDay || day === model.lastDay || isEventDay(model, day);
}
