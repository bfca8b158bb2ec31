import type { DatasetIndex } from '../../../data/createIndex';
import type { MapGeometry } from '../../../shared/geometry/buildGeometry';

/** The dataset's name where it has one (the panel uses it too), else the map file's. */
export function countryName(
  id: string,
  index: DatasetIndex | null | undefined,
  geometry: MapGeometry,
): string {
  return index?.entities.get(id)?.name ?? geometry.byId.get(id)?.name ?? id;
}
