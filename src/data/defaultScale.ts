import { DEFAULT_STORY } from './defaultStory';
import { createStatusScale } from './statusScale';
import { statusIds } from './storyOf';

/** The default story's statuses and scale: what a swatch draws before the dataset has loaded. */
export const DEFAULT_STATUSES: readonly string[] = statusIds(DEFAULT_STORY);
export const DEFAULT_SCALE = createStatusScale(DEFAULT_STATUSES);
