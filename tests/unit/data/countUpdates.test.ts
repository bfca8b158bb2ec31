import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { countUpdates } from '../../../src/data/countUpdates';
import type { Update } from '../../../src/data/schema';

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
    { id: 'HRV', kind: 'country', name: 'Croatia' },
    { id: 'LIE', kind: 'country', name: 'Liechtenstein' },
    { id: 'EU', kind: 'bloc', name: 'European Union', members: ['DEU', 'HRV', 'LIE'] },
    { id: 'EFTA', kind: 'bloc', name: 'European Free Trade Association', members: ['LIE'] },
  ],
  updates: [
    update('eu-1', 'EU', '2019-01-01', { status: { EU: 'debating' } }),
    update('deu-1', 'DEU', '2019-06-01', { status: { DEU: 'permitted' } }),
    update('efta-1', 'EFTA', '2019-07-01'),
    // Names Croatia and sets Germany's status: each one's own, not just the bloc's.
    update('eu-2', 'EU', '2020-01-01', { mentions: ['HRV'], status: { DEU: 'restricted' } }),
    update('eu-3', 'EU', '2020-06-01'),
  ],
});
const counts = (id: string) => countUpdates(index.updatesFor(id));

describe('countUpdates', () => {
  it('counts a member’s own updates apart from its bloc’s, with the latest of its own', () => {
    const deu = counts('DEU');
    expect(deu.own).toBe(2);
    expect(deu.latestOwn?.update.id).toBe('eu-2');
    expect(deu.fromBlocs).toEqual([{ bloc: 'EU', count: 2 }]);
    expect(counts('HRV')).toMatchObject({ own: 1, fromBlocs: [{ bloc: 'EU', count: 2 }] });
  });

  it('gives a member with only its blocs’ updates none of its own, per bloc', () => {
    expect(counts('LIE')).toEqual({
      own: 0,
      latestOwn: null,
      fromBlocs: [
        { bloc: 'EU', count: 3 },
        { bloc: 'EFTA', count: 1 },
      ],
    });
  });
});
