import { memo } from 'react';
import { THEMES } from '../../data/statusScale';
import { useStory } from '../load/useStory';
import type { StatusOrNone } from '../../data/status';
import { HATCH_OPACITY, HATCH_STROKE, HATCH_TILE } from '../geometry/hatch';

/**
 * A status as the map draws it — colour plus the same hatch at the same spacing — for the
 * legend, tooltip and table. Decorative: its label always stands next to it.
 *
 * Both themes' swatches are drawn and map.css shows the one for the page's theme: the legend's
 * swatches are prerendered into index.html (renderShell), before any script knows that theme.
 */
export const MapSwatch = memo(function MapSwatch({
  status,
  size = 16,
}: {
  status: StatusOrNone;
  size?: number;
}) {
  const { scale } = useStory();
  return (
    <svg
      className="map-swatch"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      {THEMES.map((theme) => {
        const style = scale.style(status, theme);
        return (
          <g key={theme} className={`map-swatch__${theme}`}>
            <rect width={size} height={size} fill={style.fill} />
            {style.pattern && (
              <path
                d={hatchOf(style.pattern, size)}
                stroke={style.ink}
                strokeOpacity={HATCH_OPACITY}
                strokeWidth={HATCH_STROKE}
              />
            )}
          </g>
        );
      })}
      <rect
        x="0.5"
        y="0.5"
        width={size - 1}
        height={size - 1}
        fill="none"
        stroke="currentColor"
        strokeOpacity="0.4"
      />
    </svg>
  );
});

/** 45° lines every HATCH_TILE px across the square (and back, for a cross); the svg clips them. */
function hatchOf(pattern: 'diagonal' | 'cross', size: number): string {
  let hatch = '';
  for (let c = -size; c <= size; c += HATCH_TILE) {
    hatch += `M${c} ${size}L${c + size} 0`;
    if (pattern === 'cross') hatch += `M${c} 0L${c + size} ${size}`;
  }
  return hatch;
}
