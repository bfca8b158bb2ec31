import { describe, expect, it } from 'vitest';
import { readStoryFile } from '../../../src/data/importStory';

describe('readStoryFile', () => {
  it('names what is wrong in story.json by its path', () => {
    const r = readStoryFile({
      story: { title: 'T', subject: '', statuses: [{ id: 'none', label: 'N', meaning: 'm' }] },
      entities: [{ id: 'x', kind: 'person', name: 'X' }],
      colour: 'red',
    });
    expect(r.ok ? [] : r.errors).toEqual([
      'story.json, colour: unknown field (expected story, entities, title, description, updatedAt, source)',
      'story.json, story.subject: must be a non-empty string',
      'story.json, story.statuses: needs 2 to 6 statuses, most restrictive first',
      'story.json, entities[0].kind: must be "company" or "bloc" (countries come from the CSV)',
    ]);
  });
  it("keeps the story's optional texts, and names a method that is not a list of paragraphs", () => {
    const statuses = [
      { id: 'a', label: 'A', meaning: 'm' },
      { id: 'b', label: 'B', meaning: 'm' },
    ];
    const texts = {
      topic: 'the app on phones',
      pageTitle: 'Tab',
      credit: 'By us.',
      method: ['One.', 'Two.'],
    };
    const r = readStoryFile({ story: { title: 'T', subject: 'S', ...texts, statuses } });
    expect(r.ok && r.file.story).toEqual({ title: 'T', subject: 'S', ...texts, statuses });
    const bad = readStoryFile({ story: { title: 'T', subject: 'S', method: 'One.', statuses } });
    expect(bad.ok ? [] : bad.errors).toEqual([
      'story.json, story.method: must be a list of 1 to 12 paragraphs (strings)',
    ]);
  });

  it('reserves "none" and refuses duplicate status ids', () => {
    const r = readStoryFile({
      story: {
        title: 'T',
        subject: 'S',
        statuses: [
          { id: 'none', label: 'N', meaning: 'm' },
          { id: 'a', label: 'A', meaning: 'm' },
          { id: 'A', label: 'A2', meaning: 'm' },
        ],
      },
    });
    expect(r.ok ? [] : r.errors).toEqual([
      `story.json, story.statuses[0].id: 'none' is reserved for "no data"; choose another id`,
      "story.json, story.statuses[2].id: 'A' is used by another status",
    ]);
  });
});
