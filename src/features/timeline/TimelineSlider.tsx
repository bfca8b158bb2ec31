import { useRef, type PointerEvent, type RefObject } from 'react';
import { strings } from '../../shared/text/strings';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { moveThumb, setThumbValue, SliderThumb } from './SliderThumb';
import { useFollowDay } from '../../shared/hooks/useFollowDay';
import { TimelineAxis } from './TimelineAxis';
import { useTrackSize } from './useTrackSize';
import { clampDay, dayToPosition, snap, type TimelineModel } from './timelineController';
import type { EventTick, YearMark } from './timelineTicks';
import type { TimelineActions } from './useTimelineActions';
import { useHydrated } from '../../shared/hooks/useHydrated';

type Handle = 'date' | 'from' | 'to';

/** A pointer this close to an update's tick lands on it (fingers are less precise). */
const SNAP_PX = { mouse: 6, touch: 12 } as const;

interface Props {
  model: TimelineModel;
  ticks: readonly EventTick[];
  years: readonly YearMark[];
  actions: TimelineActions;
}

/**
 * The track: ticks and years underneath, one thumb (or two in compare mode) on top. The whole
 * 52 px tall track takes pointer input — mouse, pen and touch alike via pointer events with
 * capture — so a finger need not hit the thumb: press anywhere and drag.
 */
export function TimelineSlider({ model, ticks, years, actions }: Props) {
  const store = useAppStoreApi();
  const comparing = useAppStore((s) => s.compare !== null);
  const trackRef = useRef<HTMLDivElement>(null);
  const dateRef = useRef<HTMLDivElement>(null);
  const fromRef = useRef<HTMLDivElement>(null);
  const toRef = useRef<HTMLDivElement>(null);
  const thumb = (handle: Handle) =>
    (handle === 'date' ? dateRef : handle === 'from' ? fromRef : toRef).current;
  const drag = useRef<{ handle: Handle; offsetPx: number; pointerType: string } | null>(null);
  const size = useTrackSize(trackRef);

  const dayAt = (clientX: number, pointerType: string) => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return null;
    const span = model.lastDay - model.firstDay;
    const raw = model.firstDay + ((clientX - rect.left) / rect.width) * span;
    const px = pointerType === 'touch' ? SNAP_PX.touch : SNAP_PX.mouse;
    return snap(model, raw, (px / rect.width) * span);
  };

  const move = (handle: Handle, day: number, mode: 'push' | 'replace') => {
    if (handle === 'date') actions.goTo(day, mode);
    else actions.moveCompare(handle, day, mode);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const range = store.getState().compare;
    const grabbed = (['date', 'from', 'to'] as const).find((h) => thumb(h)?.contains(e.target as Node));
    let handle: Handle;
    let offsetPx = 0;
    if (grabbed) {
      // Grabbing a thumb keeps it under the pointer where it was taken, without a jump.
      handle = grabbed;
      const r = thumb(grabbed)!.getBoundingClientRect();
      offsetPx = e.clientX - (r.left + r.width / 2);
    } else {
      const day = dayAt(e.clientX, e.pointerType);
      if (day === null) return;
      handle = !range
        ? 'date'
        : Math.abs(day - range.from) < Math.abs(day - range.to) ||
            (range.from === range.to && day < range.from)
          ? 'from'
          : 'to';
      move(handle, day, 'push');
    }
    e.preventDefault(); // no text selection while dragging; focus is moved by hand below
    drag.current = { handle, offsetPx, pointerType: e.pointerType };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    thumb(handle)?.focus({ preventScroll: true });
    if (grabbed && store.getState().playing) store.getState().setPlaying(false);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const day = dayAt(e.clientX - d.offsetPx, d.pointerType);
    if (day === null) return;
    const range = store.getState().compare;
    if (range && d.handle !== 'date' && range.from === range.to && day !== range.from) {
      // Stacked handles: the drag's direction says which one the reader meant.
      d.handle = day < range.from ? 'from' : 'to';
      thumb(d.handle)?.focus({ preventScroll: true });
    }
    move(d.handle, day, 'replace');
  };

  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = null;
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };

  return (
    <div className="timeline-slider">
      <div
        ref={trackRef}
        className="timeline-slider__track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onLostPointerCapture={() => (drag.current = null)}
      >
        <span className="timeline-slider__line" aria-hidden="true" />
        <TimelineAxis ticks={ticks} years={years} size={size} />
        {comparing ? (
          <CompareThumbs model={model} actions={actions} fromRef={fromRef} toRef={toRef} />
        ) : (
          <DateThumb model={model} actions={actions} thumbRef={dateRef} />
        )}
      </div>
    </div>
  );
}

function DateThumb({
  model,
  actions,
  thumbRef,
}: {
  model: TimelineModel;
  actions: TimelineActions;
  thumbRef: RefObject<HTMLDivElement | null>;
}) {
  const hydrated = useHydrated();
  const store = useAppStoreApi();
  const fillRef = useRef<HTMLSpanElement>(null);
  // Playback moves the thumb on every frame (the playhead) and the date on update days: the
  // thumb and fill follow by direct writes, not re-renders, and the slider's value changes with
  // the date only. A render for another reason reads the store too, so both agree.
  useFollowDay(
    (day) => {
      if (day === null) return;
      const shown = clampDay(model, day);
      if (thumbRef.current) moveThumb(thumbRef.current, model, shown);
      fillRef.current?.style.setProperty('scale', fillScale(model, shown));
    },
    { playhead: true },
  );
  useFollowDay((day) => {
    if (day !== null && thumbRef.current) setThumbValue(thumbRef.current, clampDay(model, day));
  });
  const day = clampDay(model, store.getState().date ?? model.lastDay);
  return (
    <>
      <span
        ref={fillRef}
        className="timeline-slider__fill"
        aria-hidden="true"
        style={hydrated ? { scale: fillScale(model, day) } : undefined}
      />
      <SliderThumb
        model={model}
        label={strings.timeline.slider}
        value={day}
        // Keys step on from where the thumb is, which playback may have moved past the date.
        current={actions.currentDay}
        min={model.firstDay}
        max={model.lastDay}
        onStep={(d, repeat) => actions.goTo(d, repeat ? 'replace' : 'push')}
        thumbRef={thumbRef}
      />
    </>
  );
}

/** Scaled, not sized: like the thumb, the fill moves on the compositor with no layout or paint. */
const fillScale = (model: TimelineModel, day: number) => `${dayToPosition(model, day)} 1`;

function CompareThumbs({
  model,
  actions,
  fromRef,
  toRef,
}: {
  model: TimelineModel;
  actions: TimelineActions;
  fromRef: RefObject<HTMLDivElement | null>;
  toRef: RefObject<HTMLDivElement | null>;
}) {
  const range = useAppStore((s) => s.compare);
  if (!range) return null;
  const a = dayToPosition(model, range.from);
  const b = dayToPosition(model, range.to);
  return (
    <>
      <span
        className="timeline-slider__range"
        aria-hidden="true"
        style={{ left: `${a * 100}%`, width: `${(b - a) * 100}%` }}
      />
      <SliderThumb
        model={model}
        label={strings.timeline.compareFrom}
        letter={strings.timeline.handleFrom}
        value={range.from}
        current={() => range.from}
        min={model.firstDay}
        max={range.to}
        onStep={(d, repeat) => actions.moveCompare('from', d, repeat ? 'replace' : 'push')}
        thumbRef={fromRef}
      />
      <SliderThumb
        model={model}
        label={strings.timeline.compareTo}
        letter={strings.timeline.handleTo}
        value={range.to}
        current={() => range.to}
        min={range.from}
        max={model.lastDay}
        onStep={(d, repeat) => actions.moveCompare('to', d, repeat ? 'replace' : 'push')}
        thumbRef={toRef}
      />
    </>
  );
}
