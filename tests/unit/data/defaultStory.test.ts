import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STORY } from '../../../src/data/defaultStory';
import { storyOf } from '../../../src/data/storyOf';
import { STATUSES } from '../../huaweiScale';
import { strings } from '../../../src/shared/text/strings';

describe('the default story', () => {
  it('holds the texts the Huawei map has always shown', () => {
    expect(DEFAULT_STORY.title).toBe(strings.appTitle);
    expect(DEFAULT_STORY.subtitle).toBe(strings.appSubtitle);
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
