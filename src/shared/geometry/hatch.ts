import { THEMES, type StatusScale, type StatusStyle } from '../../data/statusScale';

/**
 * The hatch drawn over the most restrictive statuses' fills (cross, then diagonal): the second,
 * non-colour cue. One tile is HATCH_TILE screen pixels; the map scales its patterns so the
 * lines keep that spacing at every zoom, and legend swatches draw the same tile at 1:1.
 */
export const HATCH_TILE = 6;
export const HATCH_STROKE = 1.3;
/** Lines in the status's ink colour, softened so the flat colour still reads first. */
export const HATCH_OPACITY = 0.55;

// 45° lines that meet their neighbours across tile edges: the main diagonal plus the two
// corner stubs the next tiles continue.
const t = HATCH_TILE;
const RISING = `M0 ${t}L${t} 0M-1 1L1 -1M${t - 1} ${t + 1}L${t + 1} ${t - 1}`;
const FALLING = `M0 0L${t} ${t}M-1 ${t - 1}L1 ${t + 1}M${t - 1} -1L${t + 1} 1`;

export function hatchPath(pattern: NonNullable<StatusStyle['pattern']>): string {
  switch (pattern) {
    case 'diagonal':
      return RISING;
    case 'cross':
      return RISING + FALLING;
  }
}

export interface HatchPattern {
  /** What `scale.fill` points at: `url(#<id>)`. */
  id: string;
  fill: string;
  ink: string;
  d: string;
}

/** The map's hatch `<pattern>`s, for both themes so a theme switch only repaints fills. */
export const hatchPatterns = (scale: StatusScale): HatchPattern[] =>
  THEMES.flatMap((theme) =>
    scale.order.flatMap((status) => {
      const style = scale.style(status, theme);
      return style.pattern
        ? [
            {
              id: `hbm-pattern-${status}-${theme}`,
              fill: style.fill,
              ink: style.ink,
              d: hatchPath(style.pattern),
            },
          ]
        : [];
    }),
  );
