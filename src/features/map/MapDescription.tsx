import { useEffect, useRef, useState } from 'react';
import { statusLabel } from '../../shared/text/statusText';
import { possessive } from '../../shared/text/storyText';
import { useStory } from '../../shared/load/useStory';
import { BUILD_STORY } from '../../shared/build/buildStory';
import { createThrottle } from '../../shared/util/createThrottle';
import type { DatasetIndex } from '../../data/createIndex';
import type { DayNumber } from '../../data/dates';
import { useAppStoreApi } from '../../state/AppStoreContext';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { setText, useFollowDay } from '../../shared/hooks/useFollowDay';
import { countStatuses } from '../../data/countStatuses';

/** While the timeline plays, how often the map's texts follow it: its description, its countries' names. */
export const PLAYING_WRITE_MS = 1000;

/**
 * The map's accessible name ("World map of Huawei's status as of 15 July 2020") and the
 * summary it is described by ("As of 15 July 2020: 5 banned, 3 restricted, …"). Written as
 * text on each date step (useFollowDay), so a step re-renders neither the map nor this.
 */
export function MapDescription({ labelId, summaryId }: { labelId: string; summaryId: string }) {
  const labelRef = useRef<HTMLSpanElement>(null);
  const summaryRef = useRef<HTMLSpanElement>(null);
  const store = useAppStoreApi();
  const { story } = useStory();
  const [throttle] = useState(() => createThrottle(PLAYING_WRITE_MS));
  useEffect(() => () => throttle.cancel(), [throttle]);
  useFollowDay((day, index) => {
    // While playing, the date moves on every update day; these texts (read when the map is
    // reached, not announced) follow it at most every PLAYING_WRITE_MS and once more where it
    // stops. Written every step, they cost a slow phone a layout pass per step for nothing
    // anyone hears.
    const write = () => describe(labelRef.current, summaryRef.current, day, index);
    if (store.getState().playing) return throttle.run(write);
    throttle.cancel();
    write();
  });
  return (
    <>
      {/* The texts are written by useFollowDay into boxes of their own (see theme.css). */}
      <p id={labelId} className="visually-hidden">
        <span ref={labelRef} className="visually-hidden__text">
          {strings.map.label(possessive(story.subject))}
        </span>
      </p>
      {/* A space, so that there is a text node to write to. */}
      <p id={summaryId} className="visually-hidden">
        <span ref={summaryRef} className="visually-hidden__text">
          {' '}
        </span>
      </p>
    </>
  );
}

/** Writes the map's accessible name and summary for `day`. */
function describe(
  label: HTMLElement | null,
  summary: HTMLElement | null,
  day: DayNumber | null,
  index: DatasetIndex | null,
) {
  if (!label || !summary) return;
  if (day === null || !index) {
    setText(label, strings.map.label(possessive(BUILD_STORY.subject)));
    setText(summary, '');
    return;
  }
  const counts = countStatuses(index, index.statusesAt(day));
  const list = index.statuses
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => strings.map.summaryPart(counts[s] ?? 0, statusLabel(index.story, s)));
  const date = formatDate(day);
  setText(label, strings.mapLabel(possessive(index.story.subject), date));
  setText(summary, strings.mapSummary(date, list.length > 0 ? list.join(', ') : strings.map.noStatuses));
}
