import { useMemo } from 'react';
import type { DatasetIndex } from '../../data/createIndex';
import { useDataset } from '../../shared/load/datasetQuery';
import { createTimelineModel } from './timelineController';
import { useAutoplay } from './useAutoplay';
import { usePlayback } from './usePlayback';
import { useSpaceToPlay } from './useSpaceToPlay';

const SETTINGS = { speed: 1, loop: false } as const;

/**
 * Playback without the timeline's controls, for `controls=0`: an embed can still autoplay
 * (and Space on the map still pauses). Renders nothing.
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
  return null;
}
