import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import type { DayNumber } from '../../data/dates';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { shownPrecision } from '../../state/shownDay';
import { setText, useFollowDay } from '../../shared/hooks/useFollowDay';
import { clampDay, type TimelineModel } from './timelineController';
import { DateInput } from './DateInput';
import type { TimelineActions } from './useTimelineActions';
import { WIDE_SCREEN, useMediaQuery } from '../../shared/hooks/useMediaQuery';

/**
 * The date on show, large. On wide screens it is also a button that turns into a field for
 * typing a date (DateInput): Enter (or leaving the field) goes there, Escape cancels. Phones keep
 * the slider alone: a typed date there is a detour, not a shortcut.
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
  // A month given by the address or a panel's chip shows as the month (re-rendered: rare).
  useAppStore((s) => s.datePrecision);
  const show = (day: DayNumber) => formatDate(day, shownPrecision(store.getState(), day, model.coarseDays));
  useFollowDay((shown) => {
    if (shown !== null && labelRef.current) setText(labelRef.current, show(clampDay(model, shown)));
  });
  const day = clampDay(model, store.getState().date ?? model.lastDay);
  const label = (
    <span ref={labelRef} className="timeline-date__text">
      {show(day)}
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
