import type { StatusOrNone } from './status';

/**
 * The one status → colour scale (legend, map, table, tooltip, exports).
 *
 * Chosen for colour-blind readers: the four statuses step down in lightness from banned
 * (darkest) through restricted, permitted to debating, and differ in hue along the
 * orange–blue axis that protanopes, deuteranopes and tritanopes all keep.
 * tests/unit/data/statusScale.test.ts simulates the three deficiencies (Machado et al. 2009, severity 1)
 * and checks every pair stays apart by ΔE ≥ 10 in each theme. Banned and restricted also
 * carry a hatch pattern, so colour is never the only cue.
 */
export interface StatusStyle {
  fill: string;
  /** Text drawn on top of `fill` (legend swatch labels, table chips) with AA contrast. */
  ink: string;
  /** SVG pattern for a second, non-colour cue; null for plain fills. */
  pattern: 'cross' | 'diagonal' | null;
}

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

export const STATUS_STYLES: Record<Theme, Record<StatusOrNone, StatusStyle>> = {
  light: {
    banned: { fill: '#8e0c25', ink: '#ffffff', pattern: 'cross' },
    restricted: { fill: '#e66100', ink: '#000000', pattern: 'diagonal' },
    debating: { fill: '#f5c542', ink: '#000000', pattern: null },
    permitted: { fill: '#2c7bb6', ink: '#ffffff', pattern: null },
    none: { fill: '#dedede', ink: '#000000', pattern: null },
  },
  dark: {
    banned: { fill: '#c8324a', ink: '#ffffff', pattern: 'cross' },
    restricted: { fill: '#f07f2a', ink: '#000000', pattern: 'diagonal' },
    debating: { fill: '#f5d05e', ink: '#000000', pattern: null },
    permitted: { fill: '#4a9be0', ink: '#000000', pattern: null },
    none: { fill: '#444a54', ink: '#ffffff', pattern: null },
  },
};

/** The fill for a status: a pattern reference for hatched statuses, else the flat colour. */
export function fillFor(status: StatusOrNone, theme: Theme): string {
  const style = STATUS_STYLES[theme][status];
  return style.pattern ? `url(#hbm-pattern-${status}-${theme})` : style.fill;
}
