import { STATUS_STYLES, type Theme } from '../../data/statusScale';
import { STATUS_OR_NONE } from '../../data/status';
import { HATCH_OPACITY, HATCH_STROKE, HATCH_TILE, hatchPath } from './hatch';

/**
 * The `<pattern>`s that `fillFor` points at (`url(#hbm-pattern-banned-light)` …), for both
 * themes so a theme switch only repaints fills. `data-hatch` lets the zoom rescale them.
 */
export function HatchPatterns() {
  return (
    <defs>
      {(['light', 'dark'] as Theme[]).flatMap((theme) =>
        STATUS_OR_NONE.map((status) => {
          const style = STATUS_STYLES[theme][status];
          if (!style.pattern) return null;
          return (
            <pattern
              key={`${status}-${theme}`}
              id={`hbm-pattern-${status}-${theme}`}
              data-hatch=""
              patternUnits="userSpaceOnUse"
              width={HATCH_TILE}
              height={HATCH_TILE}
            >
              <rect width={HATCH_TILE} height={HATCH_TILE} fill={style.fill} />
              <path
                d={hatchPath(style.pattern)}
                stroke={style.ink}
                strokeOpacity={HATCH_OPACITY}
                strokeWidth={HATCH_STROKE}
              />
            </pattern>
          );
        }),
      )}
    </defs>
  );
}
