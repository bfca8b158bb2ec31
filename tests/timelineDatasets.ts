import { readFileSync } from 'node:fs';
import { createIndex, type DatasetIndex } from '../src/data/createIndex';
import type { Dataset, Update } from '../src/data/schema';
import { validateDataset, formatProblems } from '../src/data/validateDataset';
import { COUNTRIES } from '../src/data/countries.generated';

function indexed(dataset: unknown): DatasetIndex {
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return createIndex(result.dataset);
}

/**
 * The article's 52 updates, 2018 to June 2022, as the map first shipped: kept here so that the
 * timeline's tests name days and countries that do not move as the bundled dataset grows.
 */
export function articleIndex(): DatasetIndex {
  return indexed(JSON.parse(readFileSync('tests/component/timeline/article-2022.json', 'utf8')));
}

/** Updates as [date, country id, status?, outlet?], each country named as in the app. */
export type Row = [date: string, entity: string, status?: Update['status'], source?: string];

/** A dataset of countries from rows, validated and indexed as the app would load it. */
export function indexOf(rows: readonly Row[]): DatasetIndex {
  const ids = [...new Set(rows.flatMap(([, entity, status]) => [entity, ...Object.keys(status ?? {})]))];
  const dataset: Dataset = {
    schemaVersion: 2,
    title: 'Test story',
    description: 'Test story',
    updatedAt: rows[rows.length - 1]![0],
    entities: ids.map((id) => ({ id, kind: 'country' as const, name: COUNTRIES[id]?.name ?? id })),
    updates: rows.map(([date, entity, status, source = 'Reuters'], i) => ({
      id: `u${i}`,
      entity,
      date,
      text: 'Text.',
      provenance: 'article' as const,
      sources: [{ name: source }],
      ...(status ? { status } : {}),
    })),
  };
  return indexed(dataset);
}
