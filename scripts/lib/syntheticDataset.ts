import type { Dataset, Update } from '../../src/data/schema';
import { DEFAULT_STATUSES as STATUSES } from '../../src/data/defaultScale';
import { COUNTRIES } from '../../src/data/countries.generated';
import { parseDate, formatDay } from '../../src/data/dates';

/**
 * A dataset `factor` times the size of `base`, for benchmarks: every update is copied `factor`
 * times with its date spread over the same range and its status moved to another drawable
 * country, so the map has many more countries and transitions to track. Deterministic (seeded).
 */
export function syntheticDataset(base: Dataset, factor: number, seed = 1): Dataset {
  let s = seed >>> 0;
  const random = () => {
    // mulberry32: small, fast, good enough to spread test data.
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const countryIds = Object.keys(COUNTRIES);
  const days = base.updates.map((u) => parseDate(u.date)?.day ?? 0).filter((d) => d > 0);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const existing = new Set(base.entities.map((e) => e.id));
  const entities = [
    ...base.entities,
    ...countryIds
      .filter((id) => !existing.has(id))
      .map((id) => ({ id, kind: 'country' as const, name: COUNTRIES[id]!.name })),
  ];
  const updates: Update[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const u of base.updates) {
      const day = first + Math.floor(random() * (last - first + 1));
      const target = countryIds[Math.floor(random() * countryIds.length)]!;
      const status = u.status ? { [target]: STATUSES[Math.floor(random() * STATUSES.length)]! } : undefined;
      updates.push({
        ...u,
        id: `${u.id}-x${copy}`,
        entity: copy === 0 ? u.entity : target,
        date: copy === 0 ? u.date : formatDay(day),
        ...(status && copy > 0 ? { status } : {}),
        corrections: copy === 0 ? u.corrections : undefined,
      });
    }
  }
  return { ...base, title: `${base.title} (synthetic ×${factor})`, entities, updates };
}
