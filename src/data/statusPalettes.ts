import type { StatusStyle, Theme } from './statusScale';

/**
 * One ordered palette per story size, most restrictive first, each a step along the
 * red–orange–yellow–blue axis that protanopes, deuteranopes and tritanopes all keep, with
 * lightness stepping too. Size 4 is the Huawei map's scale, unchanged. The most restrictive
 * status is cross-hatched, and from four statuses on the next is hatched diagonally, so colour
 * is never the only cue. tests/unit/data/statusScale.test.ts holds every size to ΔE ≥ 10.
 */
type Size = 2 | 3 | 4 | 5 | 6;

const S = (fill: string, ink: string, pattern: StatusStyle['pattern'] = null): StatusStyle => ({
  fill,
  ink,
  pattern,
});
const W = '#ffffff';
const K = '#000000';

export const PALETTES: Record<Theme, Record<Size, readonly StatusStyle[]>> = {
  light: {
    2: [S('#8e0c25', W, 'cross'), S('#2c7bb6', W)],
    3: [S('#8e0c25', W, 'cross'), S('#f5c542', K), S('#2c7bb6', W)],
    4: [S('#8e0c25', W, 'cross'), S('#e66100', K, 'diagonal'), S('#f5c542', K), S('#2c7bb6', W)],
    5: [
      S('#8e0c25', W, 'cross'),
      S('#e66100', K, 'diagonal'),
      S('#f5c542', K),
      S('#92c5de', K),
      S('#1f4e99', W),
    ],
    6: [
      S('#8e0c25', W, 'cross'),
      S('#e66100', K, 'diagonal'),
      S('#f5c542', K),
      S('#f7f4b0', K),
      S('#92c5de', K),
      S('#1f4e99', W),
    ],
  },
  dark: {
    2: [S('#c8324a', W, 'cross'), S('#4a9be0', K)],
    3: [S('#c8324a', W, 'cross'), S('#f5d05e', K), S('#4a9be0', K)],
    4: [S('#c8324a', W, 'cross'), S('#f07f2a', K, 'diagonal'), S('#f5d05e', K), S('#4a9be0', K)],
    5: [
      S('#c8324a', W, 'cross'),
      S('#f07f2a', K, 'diagonal'),
      S('#f5d05e', K),
      S('#a6d4f0', K),
      S('#2f6bb8', W),
    ],
    6: [
      S('#c8324a', W, 'cross'),
      S('#f07f2a', K, 'diagonal'),
      S('#f5d05e', K),
      S('#fbf6c4', K),
      S('#a6d4f0', K),
      S('#2f6bb8', W),
    ],
  },
};

/** The palette for a story of `size` statuses (clamped to 2–6, the sizes the schema allows). */
export function paletteFor(theme: Theme, size: number): readonly StatusStyle[] {
  return PALETTES[theme][Math.min(6, Math.max(2, size)) as Size];
}
