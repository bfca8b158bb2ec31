import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../huaweiScale';
import { groupChanges } from '../../../src/features/timeline/groupChanges';
import type { EntityKind } from '../../../src/data/schema';

const entities: Record<string, { name: string; kind: EntityKind }> = {
  CAN: { name: 'Canada', kind: 'country' },
  SWE: { name: 'Sweden', kind: 'country' },
  'bt-group': { name: 'BT Group', kind: 'company' },
  EU: { name: 'European Union', kind: 'bloc' },
};

describe('groupChanges', () => {
  it('counts countries only and names companies and blocs apart, as the legend counts', () => {
    const groups = groupChanges(
      [
        { id: 'SWE', from: 'debating', to: 'banned' },
        { id: 'bt-group', from: 'debating', to: 'banned' },
        { id: 'CAN', from: 'debating', to: 'banned' },
        { id: 'EU', from: 'none', to: 'debating' },
      ],
      (id) => entities[id]!.name,
      (id) => entities[id]!.kind,
      STATUSES,
      'en',
    );
    expect(groups).toEqual([
      {
        from: 'debating',
        to: 'banned',
        names: ['Canada', 'Sweden'],
        others: [{ name: 'BT Group', kind: 'company' }],
      },
      { from: 'none', to: 'debating', names: [], others: [{ name: 'European Union', kind: 'bloc' }] },
    ]);
  });
});
