import { describe, expect, it } from 'vitest';
import { prefixEditDistance } from '../../../src/data/prefixEditDistance';

describe('prefixEditDistance', () => {
  it('counts substitutions, insertions, deletions and swaps of neighbours as one edit each', () => {
    expect(prefixEditDistance('sweden', 'sweden', 2)).toBe(0);
    expect(prefixEditDistance('swedan', 'sweden', 2)).toBe(1);
    expect(prefixEditDistance('germny', 'germany', 2)).toBe(1);
    expect(prefixEditDistance('germanny', 'germany', 2)).toBe(1);
    expect(prefixEditDistance('untied', 'united', 2)).toBe(1);
    expect(prefixEditDistance('swedan', 'sudan', 2)).toBe(2);
  });

  it('matches a prefix of the target no more than one letter shorter than the query', () => {
    expect(prefixEditDistance('untied', 'united states', 2)).toBe(1);
    expect(prefixEditDistance('germ', 'germany', 1)).toBe(0);
    expect(prefixEditDistance('swedn', 'sweden', 1)).toBe(1);
    // Dropping "rn" would reach "face", the start of "facebook": not a match.
    expect(prefixEditDistance('frnace', 'facebook', 2)).toBeNull();
  });

  it('gives null beyond the limit', () => {
    expect(prefixEditDistance('grmny', 'germany', 1)).toBeNull();
    expect(prefixEditDistance('qqqq', 'iraq', 1)).toBeNull();
    expect(prefixEditDistance('abcdef', '', 2)).toBeNull();
  });
});
