import { useEffect, useMemo, useRef, useState } from 'react';
import { eventIndexAt, type DatasetIndex } from '../../data/createIndex';
import { formatDate } from '../../app/formatDate';
import { strings } from '../../app/strings';
import { useAppStore } from '../../state/AppStoreContext';
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

/**
 * The latest update reached, under the big date: "15 Jul 2020 · United Kingdom → banned ·
 * Reuters". It re-renders only when the slider crosses into another update's span, not per
 * frame. A polite live region says the same in words, throttled so a fast playback does not
 * bury the reader in announcements.
 */
export function PlaybackCaption({ index }: { index: DatasetIndex }) {
  const eventIndex = useAppStore((s) => eventIndexAt(index.events, s.date ?? index.lastDay));
  const event = index.events[eventIndex];
  const caption = useMemo(() => (event ? captionAt(index, event.day) : null), [index, event]);
  const announcement = useThrottledAnnouncement(caption ? spoken(caption) : '', ANNOUNCE_INTERVAL_MS);

  const text = caption
    ? [formatDate(caption.day, 'day', 'short'), captionWhat(caption), caption.source]
        .filter(Boolean)
        .join(' · ')
    : strings.timeline.noUpdateYet;
  return (
    <>
      <p className="timeline-caption" title={text}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {/* Not an empty text node when idle (Preact would write one): the region stays empty. */}
        {announcement || null}
      </p>
    </>
  );
}

/**
 * Follows `message`, but changes at most once per `intervalMs`, always ending on the latest
 * message. The message on first render is not announced: it is what the page opened on.
 */
function useThrottledAnnouncement(message: string, intervalMs: number): string {
  const [said, setSaid] = useState('');
  const first = useRef(message);
  const [throttle] = useState(() => createThrottle(intervalMs));
  useEffect(() => {
    if (message === first.current) return;
    first.current = ''; // from now on every change counts
    throttle.run(() => setSaid(message));
  }, [message, throttle]);
  useEffect(() => () => throttle.cancel(), [throttle]);
  return said;
}
