import { DEFAULT_STORY } from '../../data/defaultStory';
import type { DatasetIndex } from '../../data/createIndex';
import type { Story } from '../../data/schema';
import { createStatusScale } from '../../data/statusScale';
import { statusIds } from '../../data/storyOf';

// Set by vite.config.ts from the dataset the site is built for (STORY=…, else the bundled one);
// unset in tests and files without a story, which tell the default one.
declare const __BUILD_STORY__: Story | null | undefined;
declare const __DATASET_FILE__: string | undefined;

/**
 * The story of the dataset this site was built for: what the header, the tab's title and the
 * legend say before the data has loaded, or when it fails to.
 */
export const BUILD_STORY: Story =
  (typeof __BUILD_STORY__ !== 'undefined' ? __BUILD_STORY__ : null) ?? DEFAULT_STORY;

export type StoryView = Pick<DatasetIndex, 'story' | 'statuses' | 'scale'>;

const statuses = statusIds(BUILD_STORY);
/** BUILD_STORY with its statuses and colour scale. */
export const BUILD_STORY_VIEW: StoryView = {
  story: BUILD_STORY,
  statuses,
  scale: createStatusScale(statuses),
};

/** The dataset's file name under data/, after the file the site was built from. */
export const DATASET_FILE: string =
  typeof __DATASET_FILE__ !== 'undefined' ? __DATASET_FILE__ : 'huawei-5g.json';

/** Whether this site is the Huawei map itself, not one built for another dataset. */
export const BUILT_FOR_BUNDLED_DATASET = DATASET_FILE === 'huawei-5g.json';
