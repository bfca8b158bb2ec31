import { describe, expect, it } from 'vitest';
import { settleSheet } from '../../../src/features/panel/useSheetDrag';

describe('settleSheet', () => {
  const vh = 1000;
  it('closes when let go well below the lowest resting height', () => {
    expect(settleSheet(100, vh)).toBe('closed');
    expect(settleSheet(270, vh)).toBe('closed');
  });
  it('rests at the nearest height otherwise', () => {
    expect(settleSheet(300, vh)).toBe('peek');
    expect(settleSheet(440, vh)).toBe('peek');
    expect(settleSheet(460, vh)).toBe('default');
    expect(settleSheet(640, vh)).toBe('default');
    expect(settleSheet(700, vh)).toBe('full');
    expect(settleSheet(2000, vh)).toBe('full');
  });
});
