import type { Story } from '../../data/schema';
import type { StatusOrNone } from '../../data/status';
import { strings } from './strings';

/** A status's name as the story gives it; *no data* is the engine's own. */
export function statusLabel(story: Story, status: StatusOrNone): string {
  return story.statuses.find((s) => s.id === status)?.label ?? strings.statusLabel.none;
}

/** What a status means, as the story defines it. */
export function statusMeaning(story: Story, status: StatusOrNone): string {
  return story.statuses.find((s) => s.id === status)?.meaning ?? strings.statusMeaning.none;
}
