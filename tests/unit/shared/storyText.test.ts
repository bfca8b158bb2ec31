import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY } from '../../../src/data/defaultStory';
import { createStatusScale } from '../../../src/data/statusScale';
import { statusIds } from '../../../src/data/storyOf';
import { hatchedLabels, possessive, storyPageTitle, storyTopic } from '../../../src/shared/text/storyText';
import { strings } from '../../../src/shared/text/strings';

const glowberry = {
  title: 'Where is the Glowberry app restricted?',
  subject: 'Glowberry',
  statuses: [
    { id: 'banned', label: 'Banned', meaning: 'm' },
    { id: 'limited', label: 'Limited', meaning: 'm' },
    { id: 'allowed', label: 'Allowed', meaning: 'm' },
  ],
};

describe("a story's words in the page's sentences", () => {
  it('writes the subject as a possessive, and the topic and tab title with their defaults', () => {
    expect(possessive('Huawei')).toBe('Huawei’s');
    expect(possessive('Siemens')).toBe('Siemens’');
    expect(storyTopic(DEFAULT_STORY)).toBe('Huawei in 5G networks');
    expect(storyTopic(glowberry)).toBe('Glowberry');
    expect(storyPageTitle(DEFAULT_STORY)).toBe('Where is Huawei banned? Huawei 5G status by country');
    expect(storyPageTitle(glowberry)).toBe(glowberry.title);
  });

  it('names the hatched statuses, as the scale hatches them', () => {
    const huawei = createStatusScale(statusIds(DEFAULT_STORY));
    expect(hatchedLabels(DEFAULT_STORY, huawei)).toBe('banned and restricted');
    expect(hatchedLabels(glowberry, createStatusScale(statusIds(glowberry)))).toBe('banned');
  });

  it('credits the article and its outlets, or the outlets alone, then the story', () => {
    expect(strings.sourceLine('ChannelE2E', '27 May 2026', ['A', 'B'], 'Compiled by us.')).toBe(
      'Source: ChannelE2E and 2 other outlets, latest update 27 May 2026. Compiled by us.',
    );
    expect(strings.sourceLine(null, '2024', ['A', 'B'])).toBe('Sources: A and B, latest update 2024.');
    expect(strings.sourceLine(null, '2024', ['A', 'B', 'C', 'D'])).toBe(
      'Sources: A, B and 2 other outlets, latest update 2024.',
    );
    expect(strings.sourceLine(null, '2024', [])).toBe('Updated 2024.');
  });
});
