import { describe, expect, it } from 'vitest';
import { resolveEntityId } from '../../../src/data/resolveEntityId';
import { articleIndex } from '../../timelineDatasets';

const index = articleIndex();

describe('resolveEntityId', () => {
  it('takes a known id as it is, and one in another case as the dataset or the map spells it', () => {
    expect(resolveEntityId(index, 'GBR')).toBe('GBR');
    expect(resolveEntityId(index, 'gbr')).toBe('GBR');
    expect(resolveEntityId(index, 'BT-Group')).toBe('bt-group');
    // A country the map draws without data in this dataset.
    expect(resolveEntityId(index, 'isl')).toBe('ISL');
  });

  it('knows no other id', () => {
    for (const id of ['XXX', 'zzz', '__proto__', 'constructor', 'toString'])
      expect(resolveEntityId(index, id)).toBeNull();
  });
});
