import type { Status, StatusOrNone } from './status';
import { paletteFor } from './statusPalettes';

/**
 * The one status → colour scale (legend, map, table, tooltip, exports), built from the story's
 * statuses in legend order: the palette of their number (statusPalettes.ts), then *no data*.
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

export const NO_DATA_STYLES: Record<Theme, StatusStyle> = {
  light: { fill: '#dedede', ink: '#000000', pattern: null },
  dark: { fill: '#444a54', ink: '#ffffff', pattern: null },
};

export interface StatusScale {
  /** The story's statuses in legend order, then `none`. */
  readonly order: readonly StatusOrNone[];
  style(status: StatusOrNone, theme: Theme): StatusStyle;
  /** A pattern reference for hatched statuses, else the flat colour. */
  fill(status: StatusOrNone, theme: Theme): string;
}

export function createStatusScale(statuses: readonly Status[]): StatusScale {
  const styles = Object.fromEntries(
    (['light', 'dark'] as const).map((theme) => {
      const palette = paletteFor(theme, statuses.length);
      return [theme, new Map(statuses.map((s, i) => [s, palette[i] ?? NO_DATA_STYLES[theme]]))];
    }),
  ) as Record<Theme, Map<Status, StatusStyle>>;
  // An id outside the story (a stale URL, a hand-edited file) draws as no data rather than throwing.
  const style = (status: StatusOrNone, theme: Theme) => styles[theme].get(status) ?? NO_DATA_STYLES[theme];
  return {
    order: [...statuses, 'none'],
    style,
    fill: (status, theme) =>
      style(status, theme).pattern ? `url(#hbm-pattern-${status}-${theme})` : style(status, theme).fill,
  };
}
