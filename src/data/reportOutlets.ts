import type { Dataset } from './schema';

/**
 * The outlets whose reports the dataset summarises (provenance `report`), each once, sorted. A
 * qualifier in brackets is dropped, so "Reuters" and "Reuters (via Sputnik)" count as one.
 */
export function reportOutlets(dataset: Pick<Dataset, 'updates'>): string[] {
  const names = new Map<string, string>();
  for (const u of dataset.updates) {
    if (u.provenance !== 'report') continue;
    for (const s of u.sources) {
      const name = s.name.replace(/\s*\([^)]*\)\s*$/, '').trim();
      const key = name.toLowerCase();
      if (name && !names.has(key)) names.set(key, name);
    }
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'en'));
}
