import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { formatDay, parseDate } from '../../data/dates';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { setText, useFollowDay } from '../../shared/hooks/useFollowDay';
import { clampDay, type TimelineModel } from './timelineController';
import type { TimelineActions } from './useTimelineActions';
import { WIDE_SCREEN, useMediaQuery } from '../../shared/hooks/useMediaQuery';

/**
 * The date on show, large. On wide screens it is also a button that turns into a date input
 * for typing a date: Enter (or leaving the field) goes there, Escape cancels. Phones keep the
 * slider alone: a native date picker there is a detour, not a shortcut.
 */
export function CurrentDate({ model, actions }: { model: TimelineModel; actions: TimelineActions }) {
  const store = useAppStoreApi();
  const wide = useMediaQuery(WIDE_SCREEN);
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      buttonRef.current?.focus();
    }
  }, [editing]);

  // Playback changes the date on every update day: its text is written straight to the node
  // (as the slider's thumb is), not re-rendered. A render for another reason reads the store too.
  const labelRef = useRef<HTMLSpanElement>(null);
  useFollowDay((shown) => {
    if (shown !== null && labelRef.current) setText(labelRef.current, formatDate(clampDay(model, shown)));
  });
  const day = clampDay(model, store.getState().date ?? model.lastDay);
  const label = (
    <span ref={labelRef} className="timeline-date__text">
      {formatDate(day)}
    </span>
  );
  if (!wide) return <p className="timeline-date">{label}</p>;
  if (editing)
    return (
      <DateInput
        model={model}
        initial={day}
        onDone={(picked, restoreFocus) => {
          if (picked !== null) actions.goTo(picked);
          refocus.current = restoreFocus;
          setEditing(false);
        }}
      />
    );
  return (
    <p className="timeline-date">
      <button
        ref={buttonRef}
        type="button"
        className="timeline-date__button"
        onClick={() => setEditing(true)}
      >
        {label}
        <span className="visually-hidden">, {strings.timeline.changeDate}</span>
      </button>
    </p>
  );
}

function DateInput({
  model,
  initial,
  onDone,
}: {
  model: TimelineModel;
  initial: number;
  onDone: (day: number | null, restoreFocus: boolean) => void;
}) {
  const [value, setValue] = useState(formatDay(initial));
  const settled = useRef(false);
  const hintId = useId();
  // The field opens because the reader asked for it by clicking the date: focus it as it mounts.
  const focusOnMount = useCallback((el: HTMLInputElement | null) => el?.focus(), []);
  const finish = (apply: boolean, restoreFocus: boolean) => {
    if (settled.current) return;
    settled.current = true;
    const parsed = apply ? parseDate(value) : null;
    const day = parsed ? clampDay(model, parsed.day) : null;
    onDone(day !== null && day !== initial ? day : null, restoreFocus);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(true, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // an Escape here must not also close a dialog or panel around us
      finish(false, true);
    }
  };
  return (
    <p className="timeline-date">
      <input
        type="date"
        className="timeline-date__input"
        aria-label={strings.timeline.dateInput}
        aria-describedby={hintId}
        title={strings.timeline.dateInputHint}
        min={formatDay(model.firstDay)}
        max={formatDay(model.lastDay)}
        value={value}
        ref={focusOnMount}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true, false)}
      />
      {/* Said by screen readers and shown on hover; shown inline it would widen the date's
          column and shift the slider while the field is open. */}
      <span id={hintId} className="visually-hidden">
        {strings.timeline.dateInputHint}
      </span>
    </p>
  );
}
