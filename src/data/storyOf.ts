import type { Dataset, Story } from './schema';
import { DEFAULT_STORY } from './defaultStory';

/** The dataset's story; files before schema version 3 tell the Huawei one. */
export function storyOf(dataset: Pick<Dataset, 'story'>): Story {
  return dataset.story ?? DEFAULT_STORY;
}

/** The story's status ids in legend order, most restrictive first. */
export function statusIds(story: Story): string[] {
  return story.statuses.map((s) => s.id);
}
