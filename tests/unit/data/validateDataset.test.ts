import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset, formatProblems } from '../../../src/data/validateDataset';
import { parseDatasetText } from '../../../src/data/parseDatasetText';

const TODAY = new Date('2026-11-28T12:00:00Z');

/** A small valid dataset; each case below breaks one thing in a copy of it. */
function base(): Record<string, any> {
  return {
    schemaVersion: 2,
    title: 'Test',
    description: 'A test dataset',
    updatedAt: '2022-06-29',
    entities: [
      { id: 'CAN', kind: 'country', name: 'Canada' },
      { id: 'USA', kind: 'country', name: 'United States' },
      { id: 'acme', kind: 'company', name: 'Acme', country: 'CAN' },
      { id: 'NA', kind: 'bloc', name: 'North America', members: ['CAN', 'USA'] },
    ],
    updates: [
      {
        id: 'u1',
        entity: 'CAN',
        date: '2019-02-01',
        text: 'Canada considers a ban.',
        sources: [{ name: 'The Globe and Mail', date: 'February 1, 2019', url: 'https://example.com/a' }],
        status: { CAN: 'debating' },
        mentions: ['USA'],
        provenance: 'article',
      },
    ],
  };
}

/** A story of its own, with statuses the base file's update does not use. */
function story() {
  return {
    title: 'Which doors are open?',
    subject: 'The doors',
    statuses: [
      { id: 'closed', label: 'Closed', meaning: 'The door is shut.' },
      { id: 'open', label: 'Open', meaning: 'The door is open.' },
    ],
  };
}

type Case = [label: string, mutate: (d: Record<string, any>) => void, expected: string];
const cases: Case[] = [
  [
    'a month that does not exist',
    (d) => (d.updates[0].date = '2020-13-01'),
    'updates[0].date: "2020-13-01" is not a date',
  ],
  [
    'a day that does not exist',
    (d) => (d.updates[0].date = '2021-02-29'),
    'updates[0].date: "2021-02-29" is not a date',
  ],
  [
    'a date in another format',
    (d) => (d.updates[0].date = '01/02/2019'),
    'updates[0].date: "01/02/2019" must be YYYY, YYYY-MM or YYYY-MM-DD',
  ],
  [
    'a date in the future',
    (d) => (d.updates[0].date = '2031-01-01'),
    'updates[0].date: "2031-01-01" is in the future',
  ],
  [
    'an unknown status',
    (d) => (d.updates[0].status = { CAN: 'forbidden' }),
    'updates[0].status.CAN: "forbidden" is not one of the story\'s statuses: "banned", "restricted", "debating", "permitted"',
  ],
  [
    'a status its own story does not have',
    (d) => {
      d.schemaVersion = 3;
      d.story = story();
      d.updates[0].status = { CAN: 'debating' };
    },
    'updates[0].status.CAN: "debating" is not one of the story\'s statuses: "closed", "open"',
  ],
  ['a version 3 file without its story', (d) => (d.schemaVersion = 3), 'story: is missing'],
  ['a story in an older file', (d) => (d.story = story()), 'story: needs "schemaVersion": 3'],
  [
    'a story with one status',
    (d) => {
      d.schemaVersion = 3;
      d.story = { ...story(), statuses: [story().statuses[0]] };
    },
    'story.statuses: needs 2 to 6 statuses',
  ],
  [
    'a story with seven statuses',
    (d) => {
      d.schemaVersion = 3;
      d.story = {
        ...story(),
        statuses: Array.from({ length: 7 }, (_, i) => ({
          id: `s${i}`,
          label: `S${i}`,
          meaning: 'A status.',
        })),
      };
    },
    'story.statuses: needs 2 to 6 statuses',
  ],
  [
    'a status id used twice',
    (d) => {
      d.schemaVersion = 3;
      d.story = {
        ...story(),
        statuses: [...story().statuses, { id: 'open', label: 'Again', meaning: 'Twice.' }],
      };
    },
    'story.statuses[2].id: "open" is used by another status',
  ],
  [
    'a status called none',
    (d) => {
      d.schemaVersion = 3;
      d.story = {
        ...story(),
        statuses: [...story().statuses, { id: 'none', label: 'None', meaning: 'No data.' }],
      };
    },
    'story.statuses[2].id: "none" is reserved for no data',
  ],
  [
    'a status for an unknown entity',
    (d) => (d.updates[0].status = { MEX: 'banned' }),
    'updates[0].status.MEX: "MEX" is not an entity in "entities"',
  ],
  [
    'an update filed under an unknown entity',
    (d) => (d.updates[0].entity = 'MEX'),
    'updates[0].entity: "MEX" is not an entity in "entities"',
  ],
  [
    'a mention of an unknown entity',
    (d) => (d.updates[0].mentions = ['XYZ']),
    'updates[0].mentions[0]: "XYZ" is not an entity in "entities"',
  ],
  [
    'a duplicate update id',
    (d) => d.updates.push({ ...d.updates[0] }),
    'updates[1].id: "u1" is used by another update',
  ],
  [
    'a duplicate entity id',
    (d) => d.entities.push({ id: 'CAN', kind: 'country', name: 'Canada again' }),
    'entities[4].id: "CAN" is used by another entity',
  ],
  [
    'a lower-case country code',
    (d) => (d.entities[0].id = 'can'),
    'entities[0].id: "can" must be an ISO 3166-1 alpha-3 code',
  ],
  [
    'a country the map cannot draw',
    (d) => (d.entities[0].id = 'ZZZ'),
    'entities[0].id: "ZZZ" is not a country the map can draw',
  ],
  [
    'a javascript: source URL',
    (d) => (d.updates[0].sources[0].url = 'javascript:alert(1)'),
    'updates[0].sources[0].url: "javascript:alert(1)" must be an http(s) URL',
  ],
  [
    'a data: source URL',
    (d) => (d.updates[0].sources[0].url = 'data:text/html,<script>alert(1)</script>'),
    'updates[0].sources[0].url: "data:text/html,<script>alert(1)</script>" must be an http(s) URL',
  ],
  [
    'an unparseable http URL',
    (d) => (d.updates[0].sources[0].url = 'http://exa mple.com'),
    'updates[0].sources[0].url: "http://exa mple.com" is not a valid URL',
  ],
  ['no sources', (d) => (d.updates[0].sources = []), 'updates[0].sources: needs at least one source'],
  ['an empty text', (d) => (d.updates[0].text = '  '), 'updates[0].text: must not be empty'],
  ['a missing title', (d) => delete d.title, 'title: is missing (expected string)'],
  ['a wrong schema version', (d) => (d.schemaVersion = 4), 'schemaVersion: 4 is not one of 1, 2, 3'],
  [
    'an unknown entity kind',
    (d) => (d.entities[0].kind = 'city'),
    'entities[0].kind: "city" is not one of "country", "company", "bloc"',
  ],
  [
    'an unknown field (a typo)',
    (d) => (d.updates[0].staus = { CAN: 'banned' }),
    'updates[0]: has unknown field "staus"',
  ],
  [
    'a company in an unknown country',
    (d) => (d.entities[2].country = 'MEX'),
    'entities[2].country: "MEX" is not an entity in "entities"',
  ],
  [
    'a bloc with a company as member',
    (d) => (d.entities[3].members = ['CAN', 'acme']),
    'entities[3].members[1]: "acme" must be an ISO 3166-1 alpha-3 code',
  ],
  [
    'a bloc member that is not an entity',
    (d) => (d.entities[3].members = ['CAN', 'MEX']),
    'entities[3].members[1]: "MEX" is not an entity in "entities"',
  ],
  [
    'an unknown provenance',
    (d) => (d.updates[0].provenance = 'rumour'),
    'updates[0].provenance: "rumour" is not one of "article", "article-summary", "report", "reader-comment"',
  ],
  [
    'a report that sets a status with no link to check it by',
    (d) => {
      d.updates[0].provenance = 'report';
      delete d.updates[0].sources[0].url;
    },
    'updates[0].sources: a report that sets a status needs a source with its http(s) URL',
  ],
  [
    'a reader comment that sets a status',
    (d) => (d.updates[0].provenance = 'reader-comment'),
    'updates[0].status: reader comments are not reporting and must not set a status',
  ],
  ['updates that is not a list', (d) => (d.updates = {}), 'updates: must be array, got {}'],
  ['a number where text belongs', (d) => (d.updates[0].text = 42), 'updates[0].text: must be string, got 42'],
];

describe('validateDataset', () => {
  it('accepts the small valid dataset', () => {
    const result = validateDataset(base(), { today: TODAY });
    expect(result.ok ? [] : formatProblems(result.problems)).toEqual([]);
  });

  it.each(cases)('rejects %s with a message naming the field', (_label, mutate, expected) => {
    const d = base();
    mutate(d);
    const result = validateDataset(d, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatProblems(result.problems)).toContain(expected);
  });

  it('still accepts a version 1 file: article items and reader comments only', () => {
    const d = base();
    d.schemaVersion = 1;
    expect(validateDataset(d, { today: TODAY }).ok).toBe(true);
  });

  it("accepts a version 3 file whose updates set its own story's statuses", () => {
    const d = base();
    d.schemaVersion = 3;
    d.story = story();
    d.updates[0].status = { CAN: 'open' };
    expect(validateDataset(d, { today: TODAY })).toMatchObject({ ok: true });
  });

  it('accepts a report without a link when it only adds context', () => {
    const d = base();
    d.updates[0].provenance = 'report';
    delete d.updates[0].status;
    delete d.updates[0].sources[0].url;
    expect(validateDataset(d, { today: TODAY }).ok).toBe(true);
  });

  it('reports every problem at once, not only the first', () => {
    const d = base();
    d.updates[0].date = '2020-13-01';
    d.updates[0].mentions = ['XYZ'];
    d.entities[2].country = 'MEX';
    const result = validateDataset(d, { today: TODAY });
    expect(result.ok ? 0 : result.problems.length).toBe(3);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'text', [], {}, { entities: null }, { updates: [null] }])
      expect(() => validateDataset(input)).not.toThrow();
  });
});

describe('parseDatasetText', () => {
  it('recognises an HTML error page served instead of the file', async () => {
    const result = await parseDatasetText('<!doctype html><title>404</title>');
    expect(result.ok ? '' : formatProblems(result.problems)).toMatch(/HTML page, not JSON/);
  });
  it('reports broken JSON', async () => {
    const result = await parseDatasetText('{"schemaVersion": 1,');
    expect(result.ok ? '' : formatProblems(result.problems)).toMatch(/not valid JSON/);
  });
  it('waits for its caller between parsing, the compiled check and the whole-file checks', async () => {
    const text = readFileSync('public/data/huawei-5g.json', 'utf8');
    const stages: string[] = [];
    const between = () => {
      stages.push('between');
      return Promise.resolve();
    };
    const result = await parseDatasetText(text, { between });
    expect(result.ok).toBe(true);
    expect(stages).toEqual(['between', 'between']);
    // The same answer as without pauses, for a file that fails the compiled check too.
    const broken = text.replace('"schemaVersion": 3', '"schemaVersion": 4');
    const paused = await parseDatasetText(broken, { between });
    expect(paused).toEqual(await parseDatasetText(broken));
    expect(paused.ok).toBe(false);
  });
});
