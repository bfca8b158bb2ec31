import type { Dataset, Story } from './schema';
import { DEFAULT_STORY } from './defaultStory';

/** The dataset's story; files before schema version 3 tell the Huawei one. */
export function storyOf(dataset: Pick<Dataset, 'story'>): Story {
  return dataset.story ?? DEFAULT_STORY;
}
