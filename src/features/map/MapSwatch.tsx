import { memo } from 'react';
import { STATUS_STYLES, type Theme } from '../../data/statusScale';
import type { StatusOrNone } from '../../data/status';
import { HATCH_OPACITY, HATCH_STROKE, HATCH_TILE } from './hatch';

/**
 * A status as the map draws it — colour plus the same hatch at the same spacing — for the
 * legend and tooltip. Decorative: its label always stands next to it.
 */
export const MapSwatch = memo(function MapSwatch({
  status,
  theme,
  size = 16,
}: {
  status: StatusOrNone;
  theme: Theme;
  size?: number;
}) {
  const style = STATUS_STYLES[theme][status];
  let hatch = '';
  if (style.pattern) {
    // 45° lines every HATCH_TILE px across the square; the svg box clips them.
    for (let c = -size; c <= size; c += HATCH_TILE) {
      hatch += `M${c} ${size}L${c + size} 0`;
      if (style.pattern === 'cross') hatch += `M${c} 0L${c + size} ${size}`;
    }
  }
  return (
    <svg
      className="map-swatch"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <rect width={size} height={size} fill={style.fill} />
      {hatch && (
        <path d={hatch} stroke={style.ink} strokeOpacity={HATCH_OPACITY} strokeWidth={HATCH_STROKE} />
      )}
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
