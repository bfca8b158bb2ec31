import { useMemo, useRef } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { useDataset } from '../../shared/load/datasetQuery';
import { setText, useFollowDay } from '../../shared/hooks/useFollowDay';
import { formatDate } from '../../shared/text/formatDate';
import { strings } from '../../shared/text/strings';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { shownPrecision } from '../../state/shownDay';
import type { DayNumber } from '../../data/dates';
import { TimelineIcon } from './TimelineIcon';
import { clampDay, createTimelineModel, type TimelineModel } from './timelineController';
import { useAutoplay } from './useAutoplay';
import { usePlayback } from './usePlayback';
import { useSpaceToPlay } from './useSpaceToPlay';
import { useTimelineActions } from './useTimelineActions';

const SETTINGS = { speed: 1, loop: false } as const;

/**
 * The timeline for `controls=0`: no slider, but the date the map shows stays on screen, an embed
 * can still autoplay, and a map that moves by itself can always be paused (WCAG 2.2.2).
 */
export function PlaybackEngine() {
  const { data: index } = useDataset();
  return index ? <Engine index={index} /> : null;
}

function Engine({ index }: { index: DatasetIndex }) {
  const model = useMemo(() => createTimelineModel(index.events, index.firstDay, index.lastDay), [index]);
  usePlayback(index, model, SETTINGS);
  useAutoplay();
  useSpaceToPlay(null);
  return <DateLine model={model} />;
}

function DateLine({ model }: { model: TimelineModel }) {
  const actions = useTimelineActions(model);
  const playing = useAppStore((s) => s.playing);
  const autoplay = useAppStore((s) => s.autoplay);
  const date = useAppStore((s) => s.date);
  useAppStore((s) => s.datePrecision);
  const store = useAppStoreApi();
  const show = (day: DayNumber) => formatDate(day, shownPrecision(store.getState(), day, model.coarseDays));
  // Playback moves the date on every update day: written to the node, not re-rendered.
  const textRef = useRef<HTMLSpanElement>(null);
  useFollowDay((shown) => {
    if (shown !== null && textRef.current) setText(textRef.current, show(clampDay(model, shown)));
  });
  return (
    <section className="timeline-line" aria-label={strings.timeline.region}>
      <p className="timeline-line__date">
        {strings.timeline.mapAsOf} <span ref={textRef}>{show(clampDay(model, date ?? model.lastDay))}</span>
      </p>
      {(autoplay || playing) && (
        <button
          type="button"
          className="button timeline-button timeline-button--play"
          aria-keyshortcuts="Space"
          onClick={actions.togglePlaying}
        >
          <TimelineIcon name={playing ? 'pause' : 'play'} />
          <span className="timeline-button__text">
            {playing ? strings.timeline.pause : strings.timeline.play}
          </span>
        </button>
      )}
    </section>
  );
}
