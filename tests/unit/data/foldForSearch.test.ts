import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/data/foldForSearch';

describe('foldForSearch', () => {
  it('ignores case, accents and dots', () => {
    expect(foldForSearch('Côte d’Ivoire')).toBe('cote divoire');
    expect(foldForSearch('U.K.')).toBe('uk');
    expect(foldForSearch('  São Tomé and Príncipe ')).toBe('sao tome and principe');
    expect(foldForSearch('Türkiye')).toBe('turkiye');
  });
});
