import type { StatusOrNone } from '../../data/status';
import { useResolvedTheme } from '../../app/useResolvedTheme';
import { MapSwatch } from '../map/MapSwatch';

/**
 * The map's swatch (colour plus the same hatch) in the current theme, for the table, panel,
 * search and About page. Decorative: the status label always stands next to it.
 */
export function StatusSwatch({ status, size = 14 }: { status: StatusOrNone; size?: number }) {
  return <MapSwatch status={status} theme={useResolvedTheme()} size={size} />;
}
