import type { DatasetIndex } from '../../data/createIndex';
import { DEFAULT_STORY } from '../../data/defaultStory';
import { DEFAULT_SCALE, DEFAULT_STATUSES } from '../../data/defaultScale';
import { useDataset } from './datasetQuery';

export type StoryView = Pick<DatasetIndex, 'story' | 'statuses' | 'scale'>;

const DEFAULT_VIEW: StoryView = { story: DEFAULT_STORY, statuses: DEFAULT_STATUSES, scale: DEFAULT_SCALE };

/** The loaded dataset's story, statuses and scale; the default story's until it has loaded. */
export function useStory(): StoryView {
  return useDataset().data ?? DEFAULT_VIEW;
}
