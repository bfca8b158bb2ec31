import { describe, expect, it } from 'vitest';
import type { RelatedUpdate, Relation } from '../../../src/data/createIndex';
import { groupUpdates } from '../../../src/features/panel/groupUpdates';

const item = (id: string, relation: Relation, day: number, entity = 'X'): RelatedUpdate => ({
  update: { id, entity, date: '2020', text: 't', sources: [{ name: 's' }], provenance: 'article' },
  day,
  precision: 'day',
  order: day,
  relation,
});

describe('groupUpdates', () => {
  it('puts filed and status-setting updates first, then one group per other relation, and per bloc', () => {
    const groups = groupUpdates([
      item('a', 'bloc', 1, 'EU'),
      item('b', 'filed', 2),
      item('c', 'mention', 3),
      item('d', 'status', 4),
      item('e', 'company', 5),
      item('f', 'bloc', 6, 'EU'),
      item('g', 'bloc', 7, 'EFTA'),
    ]);
    expect(groups.own.map((u) => u.update.id)).toEqual(['b', 'd']);
    expect(
      groups.related.map((g) => [
        g.relation === 'bloc' ? `bloc ${g.bloc}` : g.relation,
        g.updates.map((u) => u.update.id),
      ]),
    ).toEqual([
      ['mention', ['c']],
      ['company', ['e']],
      ['bloc EU', ['a', 'f']],
      ['bloc EFTA', ['g']],
    ]);
  });

  it('leaves out empty groups', () => {
    expect(groupUpdates([item('a', 'filed', 1)]).related).toEqual([]);
    expect(groupUpdates([]).own).toEqual([]);
  });
});
