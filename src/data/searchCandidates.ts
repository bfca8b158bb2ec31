import type { Entity } from './schema';
import { COUNTRY_ALTERNATES } from './countryAlternates';
import type { SearchCandidate } from './searchEntities';

/**
 * Everything search can find: the dataset's entities (with their aliases) and every country
 * the map draws, with built-in alternates. A country in both appears once, with both sets of
 * alternate names.
 */
export function searchCandidates(
  entities: readonly Entity[],
  countries: Readonly<Record<string, { name: string }>>,
): SearchCandidate[] {
  const out = new Map<string, SearchCandidate>();
  for (const e of entities) {
    const alternates = [...(e.aliases ?? []), ...(COUNTRY_ALTERNATES[e.id] ?? [])];
    if (e.kind === 'country') alternates.push(e.id);
    out.set(e.id, { id: e.id, name: e.name, kind: e.kind, alternates: unique(alternates), inDataset: true });
  }
  for (const [id, { name }] of Object.entries(countries)) {
    if (out.has(id)) continue;
    const alternates = [...(COUNTRY_ALTERNATES[id] ?? []), id];
    out.set(id, { id, name, kind: 'country', alternates: unique(alternates), inDataset: false });
  }
  return [...out.values()];
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
