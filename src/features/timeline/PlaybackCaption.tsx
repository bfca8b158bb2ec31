import { useEffect, useRef, useState } from 'react';
import { eventIndexAt, type DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import { setText, useFollowDay } from '../../shared/hooks/useFollowDay';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { captionAt, type Caption } from './captionAt';
import { captionLines, captionSpoken, captionTitle, fitLine } from './captionText';
import { createThrottle } from '../../shared/util/createThrottle';
import { useLineFit, type LineBox } from './useLineFit';

/** Screen readers get at most one announcement per this many ms: the latest one. */
export const ANNOUNCE_INTERVAL_MS = 1_000;

interface Shown {
  index: DatasetIndex;
  /** The latest update day's index in `index.events`, and the slider's day. */
  event: number;
  day: DayNumber;
  caption: Caption | null;
}

const texts = (caption: Caption | null, box: LineBox, day: DayNumber | null) => ({
  // The big date says the caption's (last) day when the slider is on it.
  line: fitLine(captionLines(caption, caption?.day === day), box.width, box.measure),
  words: captionSpoken(caption),
  title: captionTitle(caption),
});

/**
 * What changed on the day shown, on one line under the big date: "15 Jul 2020 · United Kingdom
 * → banned · Reuters", or as much of a busy day as fits ("1 Feb 2019 · 8 updates: Italy →
 * debating, +7 more"); every entry is in its tooltip and, in words, for screen readers. While
 * playback jumps several update days at once (reduced motion), it names all of them. A polite
 * live region says the same, throttled, naming everything since its last announcement during
 * playback. Written straight to the text (useFollowDay), as the big date is, so playback does
 * not re-render it on every update day.
 */
export function PlaybackCaption({ index }: { index: DatasetIndex }) {
  const store = useAppStoreApi();
  const textRef = useRef<HTMLParagraphElement>(null);
  const lineRef = useRef<HTMLSpanElement>(null);
  const wordsRef = useRef<HTMLSpanElement>(null);
  const liveRef = useRef<HTMLSpanElement>(null);
  const [throttle] = useState(() => createThrottle(ANNOUNCE_INTERVAL_MS));
  useEffect(() => () => throttle.cancel(), [throttle]);

  const shown = useRef<Shown | null>(null);
  /** The reader has been told of every update up to this day (or saw it when the page opened). */
  const told = useRef<DayNumber | null>(null);

  // Fitted to the line's width: again when it changes.
  const box = useLineFit(textRef, () => {
    if (shown.current) paint(shown.current.caption, shown.current.day);
  });
  function paint(caption: Caption | null, day: DayNumber) {
    const t = texts(caption, box.current, day);
    if (lineRef.current) setText(lineRef.current, t.line);
    if (wordsRef.current) setText(wordsRef.current, t.words);
    if (textRef.current && textRef.current.title !== t.title) textRef.current.title = t.title;
  }

  useFollowDay((day) => {
    if (day === null) return;
    const event = eventIndexAt(index.events, day);
    const before = shown.current?.index === index ? shown.current : null;
    if (before?.event === event) {
      before.day = day;
      return;
    }
    const playing = store.getState().playing;
    const onward = (from: DayNumber | null) => (playing && from !== null && day > from ? from : null);
    const caption = captionAt(index, day, onward(before?.day ?? null));
    shown.current = { index, event, day, caption };
    paint(caption, day);
    if (!before || !caption) {
      told.current = day; // the page's opening state is not announced
      return;
    }
    const since = onward(told.current);
    throttle.run(() => {
      told.current = day;
      const heard = captionAt(index, day, since) ?? caption;
      if (liveRef.current) setText(liveRef.current, captionSpoken(heard, true));
    });
  });

  // A render for another reason shows what was last written, so both agree.
  const last = shown.current?.index === index ? shown.current : null;
  const day = last?.day ?? store.getState().date ?? index.lastDay;
  const t = texts(last ? last.caption : captionAt(index, day), box.current, day);
  return (
    <>
      <p ref={textRef} className="timeline-caption" title={t.title}>
        <span ref={lineRef} aria-hidden="true">
          {t.line}
        </span>
        <span className="visually-hidden">
          <span ref={wordsRef} className="visually-hidden__text">
            {t.words}
          </span>
        </span>
      </p>
      {/* Empty until the first announcement: the page's opening state is not announced. The
          words go in a box of their own (see .visually-hidden__text in src/app/theme.css). */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        <span ref={liveRef} className="visually-hidden__text" />
      </p>
    </>
  );
}
