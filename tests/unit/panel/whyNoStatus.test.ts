import { describe, expect, it } from 'vitest';
import { createIndex } from '../../../src/data/createIndex';
import { parseDate } from '../../../src/data/dates';
import type { Entity, Update } from '../../../src/data/schema';
import { blocsOf, whyNoStatus } from '../../../src/features/panel/whyNoStatus';

const update = (id: string, entity: string, extra: Partial<Update> = {}): Update => ({
  id,
  entity,
  date: '2020-01-01',
  text: 't',
  provenance: 'report',
  sources: [{ name: 's' }],
  ...extra,
});
const entities: Entity[] = [
  { id: 'DEU', kind: 'country', name: 'Germany' },
  { id: 'HRV', kind: 'country', name: 'Croatia' },
  { id: 'DNK', kind: 'country', name: 'Denmark' },
  { id: 'VAT', kind: 'country', name: 'Vatican City' },
  { id: 'LIE', kind: 'country', name: 'Liechtenstein' },
  { id: 'EU', kind: 'bloc', name: 'European Union', members: ['DEU', 'HRV', 'DNK'] },
  { id: 'EFTA', kind: 'bloc', name: 'European Free Trade Association', members: ['LIE'] },
];
const index = createIndex({
  schemaVersion: 2,
  title: 't',
  description: 'd',
  updatedAt: '2021',
  entities,
  updates: [
    update('eu-1', 'EU', { status: { EU: 'debating' } }),
    update('eu-2', 'EU', { date: '2020-06-01' }),
    update('dnk-1', 'DNK'),
    update('deu-1', 'DEU', { date: '2021-01-01', status: { DEU: 'banned' } }),
    // A bloc update that names a member is that member's own.
    update('eu-3', 'EU', { date: '2020-09-01', mentions: ['HRV'] }),
  ],
});
const why = (id: string, date = '2020-07-01') =>
  whyNoStatus(index, index.entities.get(id)!, index.updatesFor(id), parseDate(date)!.day);

describe('whyNoStatus', () => {
  it('tells nothing found from a bloc that has nothing either', () => {
    expect(why('VAT')).toEqual({ kind: 'no-reports', blocs: [] });
    expect(why('LIE')).toEqual({ kind: 'no-reports', blocs: ['European Free Trade Association'] });
  });

  it('counts a member’s bloc updates, which never give it a status', () => {
    expect(why('DNK')).toEqual({
      kind: 'none-of-its-own',
      fromBlocs: [{ bloc: 'European Union', count: 3 }],
      others: 1,
    });
    expect(why('HRV')).toEqual({
      kind: 'none-of-its-own',
      fromBlocs: [{ bloc: 'European Union', count: 2 }],
      others: 1,
    });
  });

  it('says "not yet" for a country whose first status comes later, with its bloc’s updates until the date', () => {
    expect(why('DEU')).toEqual({ kind: 'not-yet', fromBlocs: [{ bloc: 'European Union', count: 2 }] });
    expect(why('DEU', '2019-12-31')).toEqual({ kind: 'not-yet', fromBlocs: [] });
  });
});

describe('blocsOf', () => {
  it('finds the blocs a country belongs to', () => {
    expect(blocsOf(index, 'HRV').map((b) => b.id)).toEqual(['EU']);
    expect(blocsOf(index, 'VAT')).toEqual([]);
  });
});
