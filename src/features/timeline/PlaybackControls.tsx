import { useId } from 'react';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { TimelineIcon } from './TimelineIcon';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from './playbackClock';
import { nextEvent, previousEvent, type TimelineModel } from './timelineController';
import type { TimelineActions } from './useTimelineActions';

interface Props {
  model: TimelineModel;
  actions: TimelineActions;
  speed: PlaybackSpeed;
  onSpeed: (speed: PlaybackSpeed) => void;
  loop: boolean;
  onLoop: (loop: boolean) => void;
}

/** Step back, Play/Pause, step forward: the buttons a reader's thumb reaches first. */
export function PlaybackButtons({ model, actions }: Pick<Props, 'model' | 'actions'>) {
  const playing = useAppStore((s) => s.playing);
  const comparing = useAppStore((s) => s.compare !== null);
  // Booleans, not the date: these buttons must not re-render on every playback frame.
  const atStart = useAppStore((s) => (s.date ?? model.lastDay) <= model.firstDay);
  const atEnd = useAppStore((s) => (s.date ?? model.lastDay) >= model.lastDay);
  return (
    <div className="timeline-buttons">
      <button
        type="button"
        className="button timeline-button"
        aria-label={strings.timeline.previous}
        title={strings.timeline.previous}
        disabled={comparing}
        // aria-disabled, not disabled: a reader stepping to the end keeps focus on the button. Only
        // when true: a button disabled for compare mode must not also say it is enabled.
        aria-disabled={!comparing && atStart ? true : undefined}
        onClick={() => actions.goTo(previousEvent(model, actions.currentDay()))}
      >
        <TimelineIcon name="previous" />
      </button>
      <button
        type="button"
        className="button timeline-button timeline-button--play"
        aria-keyshortcuts="Space"
        disabled={comparing}
        onClick={actions.togglePlaying}
      >
        <TimelineIcon name={playing ? 'pause' : 'play'} />
        <span className="timeline-button__text">
          {playing ? strings.timeline.pause : strings.timeline.play}
        </span>
      </button>
      <button
        type="button"
        className="button timeline-button"
        aria-label={strings.timeline.next}
        title={strings.timeline.next}
        disabled={comparing}
        aria-disabled={!comparing && atEnd ? true : undefined}
        onClick={() => actions.goTo(nextEvent(model, actions.currentDay()))}
      >
        <TimelineIcon name="next" />
      </button>
    </div>
  );
}

/** Speed and loop: settings of playback, kept by the timeline (not shared in the URL). */
export function PlaybackSettings({ speed, onSpeed, loop, onLoop }: Omit<Props, 'model' | 'actions'>) {
  const comparing = useAppStore((s) => s.compare !== null);
  const speedId = useId();
  return (
    <div className="timeline-settings">
      <label className="timeline-speed" htmlFor={speedId}>
        <span className="timeline-speed__label">{strings.timeline.speed}</span>
        <select
          id={speedId}
          className="timeline-select"
          value={speed}
          disabled={comparing}
          onChange={(e) => onSpeed(Number(e.target.value) as PlaybackSpeed)}
        >
          {PLAYBACK_SPEEDS.map((s) => (
            <option key={s} value={s}>
              {strings.timeline.speedOption(s)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button timeline-button timeline-toggle"
        aria-pressed={loop}
        disabled={comparing}
        onClick={() => onLoop(!loop)}
      >
        <TimelineIcon name="loop" />
        <span className="timeline-button__text">{strings.timeline.loop}</span>
      </button>
    </div>
  );
}
