import { HATCH_OPACITY, HATCH_PATTERNS, HATCH_STROKE, HATCH_TILE } from '../../shared/geometry/hatch';

/**
 * The `<pattern>`s that `fillFor` points at (`url(#hbm-pattern-banned-light)` …), for both
 * themes so a theme switch only repaints fills. `data-hatch` lets the zoom rescale them.
 */
export function HatchPatterns() {
  return (
    <defs>
      {HATCH_PATTERNS.map((p) => (
        <pattern
          key={p.id}
          id={p.id}
          data-hatch=""
          patternUnits="userSpaceOnUse"
          width={HATCH_TILE}
          height={HATCH_TILE}
        >
          <rect width={HATCH_TILE} height={HATCH_TILE} fill={p.fill} />
          <path d={p.d} stroke={p.ink} strokeOpacity={HATCH_OPACITY} strokeWidth={HATCH_STROKE} />
        </pattern>
      ))}
    </defs>
  );
}
