import type { DatasetIndex } from './createIndex';
import { COUNTRIES } from './countries.generated';

/**
 * The id a linked `country=` means: itself when the dataset or the map knows it, else the one
 * spelled the same but for case (`gbr` → `GBR`, `BT-GROUP` → `bt-group`); null for none.
 */
export function resolveEntityId(index: DatasetIndex, id: string): string | null {
  if (index.entities.has(id) || Object.hasOwn(COUNTRIES, id)) return id;
  const wanted = id.toLowerCase();
  for (const known of index.entities.keys()) if (known.toLowerCase() === wanted) return known;
  for (const known of Object.keys(COUNTRIES)) if (known.toLowerCase() === wanted) return known;
  return null;
}
