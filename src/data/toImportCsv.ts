import { csvRows } from './csvCell';
import { IMPORT_COLUMNS } from './updatesFromCsv';
import type { Source } from './schema';

/** What `toImportCsv` reads of a dataset: any schema version's entities and updates. */
export interface ImportCsvInput {
  updates: readonly {
    entity: string;
    date: string;
    text: string;
    sources: readonly Source[];
    status?: Readonly<Record<string, string>>;
    note?: string;
  }[];
}

/**
 * A dataset as `npm run import`'s CSV (docs/IMPORT.md): one row per update × source, the entity
 * by its id, the status the update sets for its own entity. `npm run import` of it gives the
 * same updates, but for what the columns cannot carry: a status set for another entity, mentions,
 * corrections, questions and provenance (imports are "report").
 */
export function toImportCsv(dataset: ImportCsvInput): string {
  const rows: string[][] = [[...IMPORT_COLUMNS]];
  for (const u of dataset.updates)
    for (const s of u.sources)
      rows.push([
        u.entity,
        u.date,
        u.status?.[u.entity] ?? '',
        u.text,
        s.name,
        s.date ?? '',
        s.url ?? '',
        u.note ?? '',
      ]);
  return csvRows(rows);
}
