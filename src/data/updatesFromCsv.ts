import { COUNTRIES } from './countries.generated';
import { dayOfDate, parseDate } from './dates';
import { foldForSearch } from './foldForSearch';
import type { ImportStory, StoryFile } from './importStory';
import { parseCsv } from './parseCsv';
import { prefixEditDistance } from './prefixEditDistance';
import type { Entity, Source } from './schema';
import { searchCandidates } from './searchCandidates';
import { prepareCandidates, searchEntities } from './searchEntities';

/**
 * `npm run import`'s rows → updates (docs/IMPORT.md). One row per update × source:
 * rows with the same entity, date, text and status are one update with several sources.
 */
export const IMPORT_COLUMNS = [
  'entity',
  'date',
  'status',
  'text',
  'source',
  'source_date',
  'url',
  'note',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = ['entity', 'date', 'text', 'source'];

/** An imported update: the dataset's update shape, its status one of the story's ids. */
export interface ImportedUpdate {
  id: string;
  entity: string;
  date: string;
  text: string;
  sources: Source[];
  status?: Record<string, string>;
  note?: string;
  /** Our summary of the outlets' reports, each source carrying its URL where it sets a status. */
  provenance: 'report';
}

/** Schema version 3: the dataset with its `story`. */
export interface ImportedDataset {
  schemaVersion: 3;
  title: string;
  description: string;
  updatedAt: string;
  source?: StoryFile['source'];
  story: ImportStory;
  entities: Entity[];
  updates: ImportedUpdate[];
}

export interface ImportOptions {
  /** Dates after this day are errors. Defaults to now. */
  today?: Date;
  /** At most this many errors are listed (the rest are counted). Default 50. */
  maxErrors?: number;
}

export type CsvImportResult =
  { ok: true; updates: ImportedUpdate[]; entities: Entity[] } | { ok: false; errors: string[] };

const LIMITS: Partial<Record<ImportColumn, number>> = {
  text: 5000,
  note: 2000,
  source: 200,
  source_date: 100,
  url: 2048,
};

/** '…' around a value in a message, shortened when long. */
const q = (value: string) => `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;

/**
 * A cell as the editor meant it: `toImportCsv` (like every CSV export here) puts an apostrophe
 * before a leading = + - @ so that a spreadsheet does not run it as a formula; it goes again.
 */
const cellValue = (raw: string) => (/^'[=+\-@\t\r]/.test(raw) ? raw.slice(1) : raw).trim();

/** Finds the entity a cell names: an id (any case), a name or an alias; else a suggestion. */
function entityResolver(extras: readonly Entity[]) {
  const candidates = searchCandidates(extras, COUNTRIES);
  for (const c of candidates) if (c.kind !== 'country') c.alternates = [...c.alternates, c.id];
  const byName = new Map<string, Set<string>>();
  const byAlternate = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, name: string, id: string) => {
    const key = foldForSearch(name);
    if (!key) return;
    let ids = map.get(key);
    if (!ids) map.set(key, (ids = new Set()));
    ids.add(id);
  };
  for (const c of candidates) {
    add(byName, c.name, c.id);
    for (const a of c.alternates) add(byAlternate, a, c.id);
  }
  const names = new Map(candidates.map((c) => [c.id, c.name]));
  let prepared: ReturnType<typeof prepareCandidates> | undefined;
  return (value: string): { id: string } | { error: string } => {
    const key = foldForSearch(value);
    for (const map of [byName, byAlternate]) {
      const ids = map.get(key);
      if (!ids) continue;
      if (ids.size === 1) return { id: [...ids][0]! };
      const options = [...ids].map((id) => `${names.get(id)} (${id})`).join(' or ');
      return { error: `${q(value)} could be ${options} — use the id` };
    }
    prepared ??= prepareCandidates(candidates);
    const [best] = searchEntities(prepared, value, 1);
    const hint = best
      ? `did you mean ${best.candidate.name}?`
      : "use its ISO alpha-3 code or name, or add it to story.json's entities";
    return { error: `${q(value)} is not a country — ${hint}` };
  };
}

/** Finds the status a cell names, by id or label in any case; else a suggestion. */
function statusResolver(story: ImportStory) {
  const known = new Map<string, string>();
  for (const s of story.statuses) {
    known.set(s.id.toLowerCase(), s.id);
    known.set(s.label.toLowerCase(), s.id);
  }
  const ids = story.statuses.map((s) => s.id).join(', ');
  return (value: string): { id: string } | { error: string } => {
    const wanted = value.toLowerCase();
    const id = known.get(wanted);
    if (id) return { id };
    let best: { id: string; d: number } | null = null;
    for (const [name, statusId] of known) {
      const d = prefixEditDistance(wanted, name, 2);
      if (d !== null && (!best || d < best.d)) best = { id: statusId, d };
    }
    const hint = best ? `did you mean ${best.id}?` : 'or leave it empty for context only';
    return { error: `${q(value)} is not one of ${ids} — ${hint}` };
  };
}

/** What is wrong with a URL cell, or null. */
function urlProblem(value: string): string | null {
  let protocol: string | null = null;
  try {
    protocol = new URL(value).protocol;
  } catch {
    // no scheme, or not a URL at all
  }
  if (protocol === 'http:' || protocol === 'https:') return null;
  if (protocol === null && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value))
    return `${q(value)} is not an http(s) URL — did you mean https://${value}?`;
  return `${q(value)} is not an http(s) URL (it must start with https:// or http://)`;
}

/**
 * Reads the CSV against the story: every row checked, every error collected (up to
 * `maxErrors`) with its spreadsheet row (the header is row 1) and column and a fix.
 */
export function updatesFromCsv(
  csv: string,
  file: Pick<StoryFile, 'story' | 'entities'>,
  options: ImportOptions = {},
): CsvImportResult {
  const maxErrors = options.maxErrors ?? 50;
  const today = dayOfDate(options.today ?? new Date());
  const errors: string[] = [];
  let more = 0;
  const fail = (message: string) => (errors.length < maxErrors ? errors.push(message) : more++);
  const done = (): CsvImportResult => ({
    ok: false,
    errors: more > 0 ? [...errors, `… and ${more} more error${more === 1 ? '' : 's'}`] : errors,
  });

  const parsed = parseCsv(csv);
  if (!parsed.ok) {
    const { row, cell } = parsed.unclosedQuote;
    const header = row > 1 ? parseCsv(csv.slice(0, csv.search(/\r|\n/))) : null;
    const column = header?.ok ? header.records[0]?.cells[cell]?.trim().toLowerCase() : undefined;
    fail(
      `row ${row}${column ? `, ${column}` : ''}: a quote opens here and never closes — ` +
        'end the field with " (a quote inside a quoted field is written "")',
    );
    return done();
  }
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord || headerRecord.cells.every((c) => c.trim() === ''))
    return {
      ok: false,
      errors: [`row 1: the header is missing — the first row must be ${IMPORT_COLUMNS.join(',')}`],
    };

  // The header: known columns in any order and case; the required ones present.
  const columnAt = new Map<ImportColumn, number>();
  headerRecord.cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    const known = IMPORT_COLUMNS.find((c) => c === name);
    if (!known) {
      let best: { c: string; d: number } | null = null;
      for (const c of IMPORT_COLUMNS) {
        const d = prefixEditDistance(name, c, 2);
        if (d !== null && (!best || d < best.d)) best = { c, d };
      }
      fail(
        `row 1, column ${i + 1}: ${q(raw.trim())} is not a column — ${best ? `did you mean ${best.c}? ` : ''}` +
          `the columns are ${IMPORT_COLUMNS.join(',')}`,
      );
    } else if (columnAt.has(known)) fail(`row 1, column ${i + 1}: ${q(known)} is there twice — keep one`);
    else columnAt.set(known, i);
  });
  for (const c of REQUIRED)
    if (!columnAt.has(c))
      fail(`row 1: the column ${q(c)} is missing — the header must be ${IMPORT_COLUMNS.join(',')}`);
  if (errors.length > 0) return done();

  const resolveEntity = entityResolver(file.entities);
  const resolveStatus = statusResolver(file.story);
  const width = headerRecord.cells.length;
  const delimiterName = parsed.delimiter === ',' ? 'comma' : 'semicolon';

  interface Group {
    row: number;
    update: Omit<ImportedUpdate, 'id'>;
    noteRow: number;
  }
  const groups = new Map<string, Group>();
  const usedCountries = new Set<string>();

  for (const { row, cells } of records) {
    if (cells.every((c) => c.trim() === '')) continue; // blank rows spreadsheets leave at the end
    if (cells.length > width) {
      fail(
        `row ${row}: has ${cells.length} cells but the header has ${width} — ` +
          `put double quotes around a field that contains a ${delimiterName}`,
      );
      continue;
    }
    const get = (c: ImportColumn) => {
      const i = columnAt.get(c);
      return i === undefined ? '' : cellValue(cells[i] ?? '');
    };
    const before = errors.length + more;
    const at = (c: ImportColumn, message: string) => fail(`row ${row}, ${c}: ${message}`);
    for (const c of IMPORT_COLUMNS) {
      const max = LIMITS[c];
      if (max !== undefined && get(c).length > max) at(c, `is longer than ${max} characters — shorten it`);
    }

    const entityCell = get('entity');
    let entity: string | undefined;
    if (entityCell === '') at('entity', 'is empty — give an ISO alpha-3 code or a country name');
    else {
      const r = resolveEntity(entityCell);
      if ('error' in r) at('entity', r.error);
      else entity = r.id;
    }

    const date = get('date');
    if (date === '') at('date', 'is empty — give YYYY-MM-DD, YYYY-MM or YYYY');
    else {
      const d = parseDate(date);
      if (!d) at('date', `${q(date)} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
      else if (d.day > today) at('date', `${q(date)} is in the future`);
    }

    const statusCell = get('status');
    let status: string | undefined;
    if (statusCell !== '') {
      const r = resolveStatus(statusCell);
      if ('error' in r) at('status', r.error);
      else status = r.id;
    }

    const text = get('text');
    if (text === '') at('text', 'is empty — every update needs its text');
    const sourceName = get('source');
    if (sourceName === '') at('source', 'is empty — name the outlet (its address goes in url)');
    const url = get('url');
    if (url !== '') {
      const problem = urlProblem(url);
      if (problem) at('url', problem);
    }
    if (errors.length + more > before || entity === undefined) continue;

    const sourceDate = get('source_date');
    const source: Source = {
      name: sourceName,
      ...(sourceDate !== '' && { date: sourceDate }),
      ...(url !== '' && { url }),
    };
    const note = get('note');
    const key = JSON.stringify([entity, date, text, status ?? '']);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        row,
        noteRow: row,
        update: {
          entity,
          date,
          text,
          sources: [source],
          ...(status !== undefined && { status: { [entity]: status } }),
          ...(note !== '' && { note }),
          provenance: 'report',
        },
      });
    } else {
      group.update.sources.push(source);
      if (note !== '' && group.update.note === undefined) {
        group.update.note = note;
        group.noteRow = row;
      } else if (note !== '' && note !== group.update.note)
        at(
          'note',
          `differs from row ${group.noteRow}'s note for the same update — give it once or the same on each row`,
        );
    }
    if (Object.hasOwn(COUNTRIES, entity)) usedCountries.add(entity);
  }

  // A status taken from reports must let the reader check it (checkDataset's rule for "report").
  for (const { row, update } of groups.values())
    if (update.status && !update.sources.some((s) => s.url !== undefined))
      fail(
        `row ${row}, url: is empty — a row that sets a status needs its source's http(s) URL ` +
          '(on this row or another row of the same update), so readers can check it',
      );

  // Extra entities refer to countries: those must be drawable, and are listed as well.
  file.entities.forEach((e, i) => {
    const refs = e.kind === 'company' ? [e.country] : e.kind === 'bloc' ? e.members : [];
    for (const id of refs) {
      if (Object.hasOwn(COUNTRIES, id)) usedCountries.add(id);
      else
        fail(`story.json, entities[${i}]: ${q(id)} is not a country the map can draw (ISO alpha-3 expected)`);
    }
  });

  if (groups.size === 0 && errors.length === 0) fail('row 2: there are no updates below the header');
  if (errors.length > 0) return done();

  const usedIds = new Set<string>();
  const updates: ImportedUpdate[] = [...groups.values()].map(({ update }) => {
    const base = `${update.entity.toLowerCase().slice(0, 50)}-${update.date}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return { id, ...update };
  });

  const ownCountries = new Map(file.entities.filter((e) => e.kind === 'country').map((e) => [e.id, e]));
  const countries: Entity[] = [...new Set([...usedCountries, ...ownCountries.keys()])]
    .sort()
    .map((id) => ownCountries.get(id) ?? { id, kind: 'country', name: COUNTRIES[id]!.name });
  return {
    ok: true,
    updates,
    entities: [...countries, ...file.entities.filter((e) => e.kind !== 'country')],
  };
}

/** The dataset (schema version 3) from the CSV and story.json; the same errors as updatesFromCsv. */
export function datasetFromCsv(
  csv: string,
  file: StoryFile,
  options: ImportOptions = {},
): { ok: true; dataset: ImportedDataset } | { ok: false; errors: string[] } {
  const result = updatesFromCsv(csv, file, options);
  if (!result.ok) return result;
  const { story } = file;
  let latest = result.updates[0]!.date;
  for (const u of result.updates) if (parseDate(u.date)!.day > parseDate(latest)!.day) latest = u.date;
  return {
    ok: true,
    dataset: {
      schemaVersion: 3,
      title: file.title ?? story.title,
      description: file.description ?? story.subtitle ?? story.title,
      updatedAt: file.updatedAt ?? latest,
      ...(file.source && { source: file.source }),
      story,
      entities: result.entities,
      updates: result.updates,
    },
  };
}
