import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY } from '../../../src/data/defaultStory';
import { storyOf } from '../../../src/data/storyOf';
import { STATUSES } from '../../huaweiScale';

describe('the default story', () => {
  it('holds the texts the Huawei map has always shown', () => {
    expect(DEFAULT_STORY.title).toBe('Where is Huawei banned?');
    expect(DEFAULT_STORY.subtitle).toBe(
      'Huawei in 5G networks, country by country: banned, restricted, debated or permitted, and since when',
    );
    expect(DEFAULT_STORY.pageTitle).toBe('Where is Huawei banned? Huawei 5G status by country');
    expect(DEFAULT_STORY.statuses.map((s) => s.id)).toEqual([...STATUSES]);
    expect(DEFAULT_STORY.statuses.map((s) => s.label)).toEqual([
      'Banned',
      'Restricted',
      'Debating',
      'Permitted',
    ]);
  });

  it('is what a file without a story tells, and the bundled file tells it too', () => {
    expect(storyOf({})).toBe(DEFAULT_STORY);
    const bundled = JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8'));
    expect(bundled.schemaVersion).toBe(3);
    expect(bundled.story).toEqual(DEFAULT_STORY);
  });
});
