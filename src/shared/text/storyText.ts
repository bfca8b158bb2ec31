import type { Story } from '../../data/schema';
import type { StatusScale } from '../../data/statusScale';
import { statusLabel } from './statusText';
import { strings } from './strings';

/** What the map follows, for sentences: "Huawei in 5G networks"; the subject if the story says no more. */
export function storyTopic(story: Story): string {
  return story.topic ?? story.subject;
}

/** "Huawei’s", "Lidl’s"; "Siemens’". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** The tab's and search results' title. */
export function storyPageTitle(story: Story): string {
  return story.pageTitle ?? story.title;
}

/** The hatched statuses' labels in a phrase: "banned and restricted". */
export function hatchedLabels(story: Story, scale: StatusScale): string {
  const hatched = scale.order.filter((s) => scale.style(s, 'light').pattern !== null);
  return strings.aboutPage.and(hatched.map((s) => statusLabel(story, s).toLowerCase()));
}
