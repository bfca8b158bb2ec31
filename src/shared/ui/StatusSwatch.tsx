import type { StatusOrNone } from '../../data/status';
import { MapSwatch } from './MapSwatch';

/**
 * The map's swatch (colour plus the same hatch) in the page's theme, for the table, panel,
 * search and About page. Decorative: the status label always stands next to it.
 */
export function StatusSwatch({ status, size = 14 }: { status: StatusOrNone; size?: number }) {
  return <MapSwatch status={status} size={size} />;
}
