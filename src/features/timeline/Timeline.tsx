import { useMemo, useRef, useState } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { useDataset } from '../../shared/load/datasetQuery';
import { strings } from '../../shared/text/strings';
import { useAppStore } from '../../state/AppStoreContext';
import { CompareRange, CompareSummary, CompareToggle } from './CompareControls';
import { CurrentDate } from './CurrentDate';
import { PlaybackButtons, PlaybackSettings } from './PlaybackControls';
import { PlaybackCaption } from './PlaybackCaption';
import { TimelineSlider } from './TimelineSlider';
import type { PlaybackSpeed } from './playbackClock';
import { createTimelineModel } from './timelineController';
import { eventTicks, yearMarks } from './timelineTicks';
import { useAutoplay } from './useAutoplay';
import { usePlayback } from './usePlayback';
import { useSpaceToPlay } from './useSpaceToPlay';
import { useTimelineActions } from './useTimelineActions';
import './Timeline.css';

/**
 * The timeline under the map: the date, what changed on it, a slider over every update and
 * playback. Until the dataset has loaded it holds its place (TimelineSkeleton), so the page does
 * not jump (and an embedding iframe is not resized twice).
 */
export function Timeline() {
  const { data: index } = useDataset();
  if (!index) return <TimelineSkeleton />;
  return <TimelineView index={index} />;
}

/**
 * The loading timeline: the same grid, with boxes the height of what will fill each area (the
 * big date's line, the caption's fixed lines, the 52 px track and its line, 44 px controls), so
 * it is as tall as the loaded timeline at every width and nothing under it moves when the data
 * comes.
 */
function TimelineSkeleton() {
  return (
    <section className="timeline timeline--loading" aria-label={strings.timeline.region} aria-busy="true">
      <div className="timeline__date">
        <p className="timeline-date" />
      </div>
      <div className="timeline__caption">
        <p className="timeline-caption" />
      </div>
      <div className="timeline__slider">
        <div className="timeline-slider">
          <div className="timeline-slider__track">
            <span className="timeline-slider__line" />
          </div>
        </div>
      </div>
      {/* Grid areas place these, whatever their order here. */}
      {CONTROL_AREAS.map((area) => (
        <div key={area} className={`timeline__${area}`}>
          <span className="timeline__control-space" />
        </div>
      ))}
    </section>
  );
}
const CONTROL_AREAS = ['compare', 'buttons', 'settings'] as const;

function TimelineView({ index }: { index: DatasetIndex }) {
  const model = useMemo(() => createTimelineModel(index.events, index.firstDay, index.lastDay), [index]);
  const ticks = useMemo(() => eventTicks(model, index.events), [model, index]);
  const years = useMemo(() => yearMarks(model), [model]);
  const [speed, setSpeed] = useState<PlaybackSpeed>(1);
  const [loop, setLoop] = useState(false);
  const comparing = useAppStore((s) => s.compare !== null);
  const rootRef = useRef<HTMLElement>(null);
  const actions = useTimelineActions(model);

  usePlayback(index, model, { speed, loop });
  useAutoplay();
  useSpaceToPlay(rootRef);

  return (
    <section
      ref={rootRef}
      className={`timeline${comparing ? ' timeline--comparing' : ''}`}
      aria-label={strings.timeline.region}
    >
      <div className="timeline__date">
        {comparing ? <CompareRange /> : <CurrentDate model={model} actions={actions} />}
      </div>
      {!comparing && (
        <div className="timeline__caption">
          <PlaybackCaption index={index} />
        </div>
      )}
      <div className="timeline__compare">
        <CompareToggle model={model} actions={actions} />
      </div>
      <div className="timeline__buttons">
        <PlaybackButtons model={model} actions={actions} />
      </div>
      <div className="timeline__slider">
        <TimelineSlider model={model} ticks={ticks} years={years} actions={actions} />
      </div>
      <div className="timeline__settings">
        <PlaybackSettings speed={speed} onSpeed={setSpeed} loop={loop} onLoop={setLoop} />
      </div>
      {comparing && (
        <div className="timeline__summary">
          <CompareSummary index={index} />
        </div>
      )}
    </section>
  );
}
