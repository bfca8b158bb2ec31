/**
 * A status is one of the dataset's `story.statuses` ids (checkDataset holds updates to them;
 * the index lists them in legend order); `none` means no data, before an entity's first
 * status-setting update, and always comes last.
 */
export type Status = string;
// A string too, named apart to say where `none` may appear.
export type StatusOrNone = string;
