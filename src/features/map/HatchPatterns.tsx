import { HATCH_OPACITY, hatchPatterns, HATCH_STROKE, HATCH_TILE } from '../../shared/geometry/hatch';
import { useStory } from '../../shared/load/useStory';

/**
 * The `<pattern>`s that the scale's fills point at (`url(#hbm-pattern-banned-light)` …), for both
 * themes so a theme switch only repaints fills. `data-hatch` lets the zoom rescale them.
 */
export function HatchPatterns() {
  const { scale } = useStory();
  return (
    <defs>
      {hatchPatterns(scale).map((p) => (
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
