import { readFileSync } from 'node:fs';
import { formatDate } from '../src/shared/text/formatDate';
import { parseDate } from '../src/data/dates';

interface RawUpdate {
  date: string;
  status?: Record<string, string>;
}
export interface RawDataset {
  updatedAt: string;
  entities: { id: string; kind: string; name: string }[];
  updates: RawUpdate[];
}

/** The bundled dataset as the file holds it, read without the app's code. */
export const datasetFile = JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')) as RawDataset;

/** A partial date's first day as YYYY-MM-DD: "2018-08" → "2018-08-01". */
const firstDay = (date: string) => (date + '-01-01').slice(0, 10);

/**
 * The status of every country on `date` (YYYY-MM-DD), worked out from the file by the rule
 * docs/DATA.md states — the latest update dated on or before the day, the later in the file of
 * two on one day — independently of the app's index, so tests can check the app against it.
 */
export function countryStatusesOn(date: string): Map<string, string> {
  return countryStatusesIn(datasetFile, date);
}

/** The same for another dataset file, e.g. a story's (tests/e2e/story.test.ts). */
export function countryStatusesIn(file: RawDataset, date: string): Map<string, string> {
  const countries = new Set(file.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  const dated = file.updates.map((u, i) => ({ u, i, day: firstDay(u.date) }));
  dated.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i));
  const out = new Map<string, string>();
  for (const { u, day } of dated) {
    if (day > date) break;
    for (const [id, status] of Object.entries(u.status ?? {})) if (countries.has(id)) out.set(id, status);
  }
  return out;
}

/** How many countries have each status on `date`. */
export function countsOn(date: string): Record<string, number> {
  const counts: Record<string, number> = { banned: 0, restricted: 0, debating: 0, permitted: 0 };
  for (const status of countryStatusesOn(date).values()) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** The file's latest update day as the page writes it, e.g. "27 May 2026". */
export function latestDayText(): string {
  const latest = parseDate(datasetFile.updatedAt)!;
  return formatDate(latest.day, latest.precision);
}

/** The file's first update day as the slider reads it out, e.g. "1 January 2018". */
export function firstDayText(): string {
  return formatDate(Math.min(...datasetFile.updates.map((u) => parseDate(u.date)!.day)));
}
