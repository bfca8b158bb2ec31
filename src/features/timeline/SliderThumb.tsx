import type { KeyboardEvent, Ref } from 'react';
import type { DayNumber } from '../../data/dates';
import { formatDate } from '../../app/formatDate';
import { dayForKey, dayToPosition, type TimelineModel } from './timelineController';

export interface SliderThumbProps {
  model: TimelineModel;
  label: string;
  value: DayNumber;
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
 * One thumb: a real `role="slider"` (WAI-ARIA slider pattern). Values are day numbers; the
 * value text is the date as people say it. Arrows move between update days, PageUp/PageDown
 * by a year, Home/End to the ends. The element is 44 px square for fingers; the visible dot
 * is drawn inside it.
 */
export function SliderThumb({ model, label, value, min, max, letter, onStep, thumbRef }: SliderThumbProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = dayForKey(model, value, e.key);
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
      style={{ left: `${dayToPosition(model, value) * 100}%` }}
      onKeyDown={onKeyDown}
    >
      <span className="timeline-thumb__dot" aria-hidden="true">
        {letter}
      </span>
    </div>
  );
}
