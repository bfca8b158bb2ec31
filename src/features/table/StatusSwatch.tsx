import { STATUS_STYLES } from '../../data/statusScale';
import type { StatusOrNone } from '../../data/status';
import { useResolvedTheme } from '../../app/useResolvedTheme';

/**
 * A small square in the status colour with the same hatch as the map, so the table carries the
 * same second cue. Decorative: the status label always stands next to it.
 */
export function StatusSwatch({ status, size = 14 }: { status: StatusOrNone; size?: number }) {
  const theme = useResolvedTheme();
  const style = STATUS_STYLES[theme][status];
  const ink = style.ink;
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
      className="status-swatch"
    >
      <rect width="14" height="14" rx="2" fill={style.fill} stroke="currentColor" strokeOpacity="0.35" />
      {style.pattern === 'diagonal' && (
        <path d="M-2 6 6 -2M0 14 14 0M8 16 16 8" stroke={ink} strokeWidth="1.6" />
      )}
      {style.pattern === 'cross' && (
        <path
          d="M-2 6 6 -2M0 14 14 0M8 16 16 8M-2 8 6 16M0 0 14 14M8 -2 16 6"
          stroke={ink}
          strokeWidth="1.4"
        />
      )}
    </svg>
  );
}
