import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { clampDay, type TimelineModel } from './timelineController';
import { parseTypedDate } from './parseTypedDate';

/**
 * The big date as a text field, holding the date as the page writes it ("15 July 2020"). Not an
 * `<input type="date">`: Chromium lays that out in the browser's locale whatever the page's
 * `lang`, so an en-US browser showed 07/15/2020 on a page that writes 15 July 2020.
 * `onDone(day, restoreFocus)`: the day to go to, or null to stay (Escape, or the same day).
 */
export function DateInput({
  model,
  initial,
  onDone,
}: {
  model: TimelineModel;
  initial: number;
  onDone: (day: number | null, restoreFocus: boolean) => void;
}) {
  const [value, setValue] = useState(() => formatDate(initial));
  const [invalid, setInvalid] = useState(false);
  const settled = useRef(false);
  const hintId = useId();
  // The field opens because the reader asked for it by clicking the date: focus it as it mounts,
  // with its text selected so that typing replaces it.
  const focusOnMount = useCallback((el: HTMLInputElement | null) => {
    el?.focus();
    el?.select();
  }, []);
  const finish = (day: number | null, restoreFocus: boolean) => {
    if (settled.current) return;
    settled.current = true;
    onDone(day !== null && day !== initial ? day : null, restoreFocus);
  };
  const typedDay = () => {
    const parsed = parseTypedDate(value);
    return parsed ? clampDay(model, parsed.day) : null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const day = typedDay();
      // A date the field cannot read keeps it open, marked, rather than silently doing nothing.
      if (day === null && value.trim() !== '') setInvalid(true);
      else finish(day, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // an Escape here must not also close a dialog or panel around us
      finish(null, true);
    }
  };
  return (
    <p className="timeline-date">
      <input
        type="text"
        className="timeline-date__input"
        aria-label={strings.timeline.dateInput}
        aria-describedby={hintId}
        aria-invalid={invalid || undefined}
        title={strings.timeline.dateInputHint}
        autoComplete="off"
        spellCheck={false}
        value={value}
        ref={focusOnMount}
        onChange={(e) => {
          setValue(e.target.value);
          setInvalid(false);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => finish(typedDay(), false)}
      />
      {/* Said by screen readers and shown on hover; shown inline it would widen the date's
          column and shift the slider while the field is open. */}
      <span id={hintId} className="visually-hidden">
        {strings.timeline.dateInputHint}
      </span>
    </p>
  );
}
