import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { countStatuses } from '../../../src/data/countStatuses';
import { DEFAULT_STORY } from '../../../src/data/defaultStory';
import { dayOfDate } from '../../../src/data/dates';
import type { Dataset } from '../../../src/data/schema';

/** A fictional two-status story. */
const doors: Dataset = {
  schemaVersion: 3,
  title: 'Doors',
  description: 'A fictional test dataset.',
  updatedAt: '2022-01-01',
  story: {
    title: 'Which doors are open?',
    subject: 'The doors',
    statuses: [
      { id: 'closed', label: 'Closed', meaning: 'The door is shut.' },
      { id: 'open', label: 'Open', meaning: 'The door is open.' },
    ],
  },
  entities: [
    { id: 'CAN', kind: 'country', name: 'Canada' },
    { id: 'USA', kind: 'country', name: 'United States' },
  ],
  updates: [
    {
      id: 'u1',
      entity: 'CAN',
      date: '2021-01-01',
      text: 'Shut.',
      sources: [{ name: 'Test' }],
      status: { CAN: 'closed', USA: 'open' },
      provenance: 'article',
    },
  ],
};

describe('the index of a dataset with a story of its own', () => {
  it('exposes the story and its status ids in legend order, no data last in the scale', () => {
    const index = createIndex(doors);
    expect(index.story.title).toBe('Which doors are open?');
    expect(index.statuses).toEqual(['closed', 'open']);
    expect(index.scale.order).toEqual(['closed', 'open', 'none']);
  });

  it('counts its own statuses', () => {
    const index = createIndex(doors);
    const counts = countStatuses(index, index.statusesAt(dayOfDate(new Date('2021-06-01'))));
    expect(counts).toMatchObject({ closed: 1, open: 1 });
    expect(Object.keys(counts)).toEqual(['closed', 'open', 'none']);
  });

  it('tells the Huawei story for a file without one', () => {
    const { story, ...older } = doors;
    void story;
    const index = createIndex({ ...older, schemaVersion: 2, updates: [] });
    expect(index.story).toBe(DEFAULT_STORY);
    expect(index.statuses).toEqual(['banned', 'restricted', 'debating', 'permitted']);
  });
});
