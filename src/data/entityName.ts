import type { DatasetIndex } from './createIndex';
import type { Entity } from './schema';
import { COUNTRIES } from './countries.generated';

/** A country the map draws but the dataset does not list: readers can still select it. */
export function drawableCountry(id: string): { name: string } | null {
  return Object.hasOwn(COUNTRIES, id) ? COUNTRIES[id]! : null;
}

/** The entity a panel shows: from the dataset, or a drawable country without data; null if unknown. */
export function lookUpEntity(index: DatasetIndex, id: string): Entity | null {
  const entity = index.entities.get(id);
  if (entity) return entity;
  const country = drawableCountry(id);
  return country ? { id, kind: 'country', name: country.name } : null;
}

/** A display name for any id an update refers to; falls back to the id itself. */
export function entityName(index: DatasetIndex, id: string): string {
  return lookUpEntity(index, id)?.name ?? id;
}
