import { BUILD_STORY_VIEW, type StoryView } from '../build/buildStory';
import { useDataset } from './datasetQuery';

export type { StoryView };

/** The loaded dataset's story, statuses and scale; the build's (BUILD_STORY) until it has loaded. */
export function useStory(): StoryView {
  return useDataset().data ?? BUILD_STORY_VIEW;
}
