import { csvRows } from './csvCell';
import type { Dataset } from './schema';

export const CSV_COLUMNS = [
  'update_id',
  'entity_id',
  'entity_name',
  'date',
  'provenance',
  'text',
  'source_name',
  'source_date',
  'source_url',
  'status',
  'mentions',
  'note',
] as const;

/** The dataset as CSV: one row per update × source, in file order, with a header row. */
export function toCsv(dataset: Dataset): string {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const u of dataset.updates) {
    const status = Object.entries(u.status ?? {})
      .map(([id, s]) => `${id}=${s}`)
      .join('; ');
    for (const s of u.sources) {
      rows.push([
        u.id,
        u.entity,
        names.get(u.entity) ?? '',
        u.date,
        u.provenance,
        u.text,
        s.name,
        s.date ?? '',
        s.url ?? '',
        status,
        (u.mentions ?? []).join('; '),
        u.note ?? '',
      ]);
    }
  }
  return csvRows(rows);
}
