import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate } from '../../../src/data/dates';
import type { Update } from '../../../src/data/schema';
import { tooltipLines } from '../../../src/features/map/tooltipLines';

const update = (id: string, entity: string, date: string, extra: Partial<Update> = {}): Update => ({
  id,
  entity,
  date,
  text: 't',
  provenance: 'report',
  sources: [{ name: 's' }],
  ...extra,
});
const index = createIndex({
  schemaVersion: 2,
  title: 't',
  description: 'd',
  updatedAt: '2021',
  entities: [
    { id: 'DEU', kind: 'country', name: 'Germany' },
    { id: 'MLT', kind: 'country', name: 'Malta' },
    { id: 'CAN', kind: 'country', name: 'Canada' },
    { id: 'EU', kind: 'bloc', name: 'European Union', members: ['DEU', 'MLT'] },
  ],
  updates: [
    update('eu-1', 'EU', '2019-01-01', { status: { EU: 'debating' } }),
    update('deu-1', 'DEU', '2019-06', { status: { DEU: 'permitted' } }),
    update('can-1', 'CAN', '2019-07-01', { status: { CAN: 'debating' } }),
    update('can-2', 'CAN', '2019-08-01'),
    update('eu-2', 'EU', '2020-10-16'),
  ],
});
const lines = (id: string, date: string) => tooltipLines(index, id, parseDate(date)!.day);

describe('tooltipLines', () => {
  it('tells a member with none of its own that the updates are its bloc’s', () => {
    expect(lines('MLT', '2020-12-31')).toEqual([
      'No update of its own',
      '2 updates for the whole European Union',
    ]);
  });

  it('counts a member’s own updates, and dates its latest, apart from its bloc’s', () => {
    expect(lines('DEU', '2020-12-31')).toEqual([
      'Latest update: June 2019 · 1 update of its own',
      '2 updates for the whole European Union',
    ]);
    expect(lines('DEU', '2019-03-01')).toEqual([
      'No update of its own',
      '1 update for the whole European Union',
    ]);
  });

  it('keeps the short form for a country in no bloc, and says nothing before any update', () => {
    expect(lines('CAN', '2020-12-31')).toEqual(['Latest update: 1 August 2019 · 2 updates']);
    expect(lines('CAN', '2018-12-31')).toEqual([]);
  });
});
