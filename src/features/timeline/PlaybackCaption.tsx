import { useEffect, useRef, useState } from 'react';
import { eventIndexAt, type DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../app/formatDate';
import { strings } from '../../app/strings';
import { setText, useFollowDay } from '../../app/useFollowDay';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { captionAt, type Caption } from './captionAt';
import { createThrottle } from '../../app/createThrottle';

/** Screen readers get at most one announcement per this many ms: the latest one. */
export const ANNOUNCE_INTERVAL_MS = 1_000;

function captionWhat(c: Caption): string {
  if (c.statuses.length === 0) return strings.timeline.captionContext(c.entityName);
  return c.statuses
    .map((s) =>
      (s.unchanged ? strings.timeline.captionUnchanged : strings.timeline.captionStatus)(
        s.name,
        strings.statusLabel[s.status],
      ),
    )
    .join(', ');
}

function spoken(c: Caption): string {
  const what =
    c.statuses.length === 0
      ? strings.timeline.announceContext(c.entityName)
      : c.statuses
          .map((s) =>
            (s.unchanged ? strings.timeline.announceUnchanged : strings.timeline.announceStatus)(
              s.name,
              strings.statusLabel[s.status],
            ),
          )
          .join(', ');
  return strings.timeline.announce(formatDate(c.day), what, c.source);
}

/** The caption line for an update (or the note that none has been reached yet). */
function captionText(caption: Caption | null): string {
  return caption
    ? [formatDate(caption.day, 'day', 'short'), captionWhat(caption), caption.source]
        .filter(Boolean)
        .join(' · ')
    : strings.timeline.noUpdateYet;
}

/**
 * The latest update reached, under the big date: "15 Jul 2020 · United Kingdom → banned ·
 * Reuters". A polite live region says the same in words, throttled so a fast playback does
 * not bury the reader in announcements. Both change only when the slider crosses into another
 * update's span, and are written straight to their text (useFollowDay), as the big date is:
 * re-rendering on every update day cost a playback step about a millisecond on a slow phone.
 */
export function PlaybackCaption({ index }: { index: DatasetIndex }) {
  const store = useAppStoreApi();
  const textRef = useRef<HTMLParagraphElement>(null);
  const liveRef = useRef<HTMLSpanElement>(null);
  const [throttle] = useState(() => createThrottle(ANNOUNCE_INTERVAL_MS));
  useEffect(() => () => throttle.cancel(), [throttle]);
  /** The latest update on or before `day` (the latest of all when the URL has no date). */
  const eventOn = (day: number | null) => eventIndexAt(index.events, day ?? index.lastDay);
  const captionOf = (event: number) => {
    const e = index.events[event];
    return e ? captionAt(index, e.day) : null;
  };

  // The update on show (of this dataset); none yet until the page's opening one, not announced.
  const shown = useRef<{ index: DatasetIndex; event: number } | null>(null);
  useFollowDay((day) => {
    const event = eventOn(day);
    if (shown.current?.index === index && shown.current.event === event) return;
    const opening = shown.current === null;
    shown.current = { index, event };
    const caption = captionOf(event);
    const text = captionText(caption);
    const el = textRef.current;
    if (el) {
      setText(el, text);
      if (el.title !== text) el.title = text;
    }
    if (opening || !caption) return;
    const words = spoken(caption);
    throttle.run(() => {
      if (liveRef.current) setText(liveRef.current, words);
    });
  });

  // A render for another reason shows the store's day too, so both agree.
  const text = captionText(captionOf(eventOn(store.getState().date)));
  return (
    <>
      <p ref={textRef} className="timeline-caption" title={text}>
        {text}
      </p>
      {/* Empty until the first announcement: the page's opening state is not announced. The
          words go in a box of their own (see .visually-hidden__text in theme.css). */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        <span ref={liveRef} className="visually-hidden__text" />
      </p>
    </>
  );
}
