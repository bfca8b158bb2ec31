import type { KeyboardEvent, Ref } from 'react';
import type { DayNumber } from '../../data/dates';
import { formatDate } from '../../shared/text/formatDate';
import { dayForKey, dayToPosition, type TimelineModel } from './timelineController';
import { useHydrated } from '../../shared/hooks/useHydrated';

export interface SliderThumbProps {
  model: TimelineModel;
  label: string;
  /**
   * The day to render. A thumb that playback moves is not re-rendered on every step: its owner
   * writes each new day straight to the element (`moveThumb`, `setThumbValue`), so `value` may
   * be older.
   */
  value: DayNumber;
  /** The day the thumb is on now, read when a key is pressed. */
  current: () => DayNumber;
  /** The bounds this thumb may move in (in compare mode, the other handle). */
  min: DayNumber;
  max: DayNumber;
  /** A letter drawn in the thumb (compare handles A and B). */
  letter?: string;
  /** Called with the day a key moves to; `repeat` is true while a key is held down. */
  onStep: (day: DayNumber, repeat: boolean) => void;
  thumbRef?: Ref<HTMLDivElement>;
}

/**
 * Where a thumb sits: moved by the `translate` property, in container units of the track, not
 * by `left`, so that a moving thumb (it is its own compositor layer, see Timeline.css) costs no
 * layout and no repaint of the page on each frame of playback's travel. A plain length, not a
 * `transform: translateX(calc(…))`, which a slow phone would parse again every frame.
 */
const thumbTranslate = (model: TimelineModel, day: DayNumber) => `${dayToPosition(model, day) * 100}cqw`;

/** Writes a thumb's position as a render would (on every frame of playback's travel). */
export function moveThumb(el: HTMLElement, model: TimelineModel, day: DayNumber): void {
  el.style.translate = thumbTranslate(model, day);
}

/**
 * Writes a thumb's value and value text as a render would: the date on show, which playback
 * moves on update days only (the thumb travels in between, announcing nothing new).
 */
export function setThumbValue(el: HTMLElement, day: DayNumber): void {
  el.setAttribute('aria-valuenow', String(day));
  el.setAttribute('aria-valuetext', formatDate(day));
}

/**
 * One thumb: a real `role="slider"` (WAI-ARIA slider pattern). Values are day numbers; the
 * value text is the date as people say it. Arrows move between update days, PageUp/PageDown
 * by a year, Home/End to the ends. The element is 44 px square for fingers; the visible dot
 * is drawn inside it.
 */
export function SliderThumb({
  model,
  label,
  value,
  current,
  min,
  max,
  letter,
  onStep,
  thumbRef,
}: SliderThumbProps) {
  const hydrated = useHydrated();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = dayForKey(model, current(), e.key);
    if (target === null) return;
    e.preventDefault();
    onStep(Math.min(max, Math.max(min, target)), e.repeat);
  };
  return (
    <div
      ref={thumbRef}
      role="slider"
      tabIndex={0}
      className={`timeline-thumb${letter ? ' timeline-thumb--lettered' : ''}`}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={formatDate(value)}
      aria-orientation="horizontal"
      style={hydrated ? { translate: thumbTranslate(model, value) } : undefined}
      onKeyDown={onKeyDown}
    >
      <span className="timeline-thumb__dot" aria-hidden="true">
        {letter}
      </span>
    </div>
  );
}
