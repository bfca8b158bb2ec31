import type { core } from 'zod/mini';
import { datasetSchema, type Dataset, type Entity } from './schema';
import { parseDate, dayOfDate } from './dates';
import { COUNTRIES } from './countries.generated';

/** One thing wrong with a dataset, located by a JSON path such as `updates[12].date`. */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** Dates after this day are rejected as "in the future". Defaults to now. */
  today?: Date;
  /** Country ids the map can draw. Defaults to the bundled world topology's. */
  drawableCountries?: ReadonlySet<string>;
}

const DEFAULT_DRAWABLE: ReadonlySet<string> = new Set(Object.keys(COUNTRIES));

/** `['updates', 12, 'date']` → `updates[12].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(root)';
}

/** Shortens a hostile or huge value so it can be quoted in a message. */
function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function zodProblems(input: unknown, error: core.$ZodError): Problem[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const value = getAt(input, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return {
          path,
          message:
            value === undefined
              ? `is missing (expected ${issue.expected})`
              : `must be ${issue.expected}, got ${quote(value)}`,
        };
      case 'unrecognized_keys':
        return {
          path,
          message: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        };
      case 'invalid_value':
        return {
          path,
          message: `${quote(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        };
      case 'invalid_union':
        return issue.path[issue.path.length - 1] === 'kind'
          ? { path, message: `${quote(value)} is not one of "country", "company", "bloc"` }
          : { path, message: `${quote(value)} does not match any allowed shape` };
      case 'too_small':
        return { path, message: issue.message };
      default:
        return { path, message: value === undefined ? issue.message : `${quote(value)} ${issue.message}` };
    }
  });
}

/**
 * Validates an unknown value (parsed JSON) against the dataset contract, structurally and then
 * as a whole: unique ids, every reference resolves, dates real and not in the future, country
 * ids drawable, source URLs http(s). Never throws; returns every problem found.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(input, parsed.error) };
  const data: Dataset = parsed.data;
  const problems: Problem[] = [];
  const today = dayOfDate(options.today ?? new Date());
  const drawable = options.drawableCountries ?? DEFAULT_DRAWABLE;
  // The checks below run for every update of a large file: paths and messages are only built
  // once something is wrong.
  const dateProblem = (value: string): string | null => {
    const d = parseDate(value);
    if (!d) return `${quote(value)} is not a date`;
    return d.day > today ? `${quote(value)} is in the future` : null;
  };
  const checkDate = (path: string, value: string) => {
    const message = dateProblem(value);
    if (message) problems.push({ path, message });
  };
  checkDate('updatedAt', data.updatedAt);
  if (data.source?.published) checkDate('source.published', data.source.published);

  // The first entity with an id is the one references resolve to.
  const entityById = new Map<string, Entity>();
  data.entities.forEach((e, i) => {
    if (entityById.has(e.id))
      problems.push({ path: `entities[${i}].id`, message: `${quote(e.id)} is used by another entity` });
    else entityById.set(e.id, e);
    if (e.kind === 'country' && !drawable.has(e.id))
      problems.push({
        path: `entities[${i}].id`,
        message: `${quote(e.id)} is not a country the map can draw (ISO 3166-1 alpha-3 expected)`,
      });
  });
  const notAnEntity = (path: string, value: string) =>
    problems.push({ path, message: `${quote(value)} is not an entity in "entities"` });
  const countryRef = (path: string, value: string) => {
    const target = entityById.get(value);
    if (!target) notAnEntity(path, value);
    else if (target.kind !== 'country')
      problems.push({ path, message: `${quote(value)} must be a country, not a ${target.kind}` });
  };
  data.entities.forEach((e, i) => {
    if (e.kind === 'company') countryRef(`entities[${i}].country`, e.country);
    if (e.kind === 'bloc') e.members.forEach((m, j) => countryRef(`entities[${i}].members[${j}]`, m));
  });

  const updateIds = new Set<string>();
  // Many updates cite the same article: parse each distinct URL once.
  const urlProblems = new Map<string, string | null>();
  const updates = data.updates;
  for (let i = 0; i < updates.length; i++) {
    const u = updates[i]!;
    const distinct = updateIds.size;
    if (updateIds.add(u.id).size === distinct)
      problems.push({ path: `updates[${i}].id`, message: `${quote(u.id)} is used by another update` });
    if (!entityById.has(u.entity)) notAnEntity(`updates[${i}].entity`, u.entity);
    const dateMessage = dateProblem(u.date);
    if (dateMessage) problems.push({ path: `updates[${i}].date`, message: dateMessage });
    const statusKeys = u.status ? Object.keys(u.status) : [];
    for (let j = 0; j < statusKeys.length; j++)
      if (!entityById.has(statusKeys[j]!))
        notAnEntity(`updates[${i}].status.${statusKeys[j]!}`, statusKeys[j]!);
    const mentions = u.mentions;
    if (mentions)
      for (let j = 0; j < mentions.length; j++)
        if (!entityById.has(mentions[j]!)) notAnEntity(`updates[${i}].mentions[${j}]`, mentions[j]!);
    const sources = u.sources;
    for (let j = 0; j < sources.length; j++) {
      const url = sources[j]!.url;
      if (url === undefined) continue;
      let problem = urlProblems.get(url);
      if (problem === undefined) urlProblems.set(url, (problem = urlProblem(url)));
      if (problem !== null)
        problems.push({ path: `updates[${i}].sources[${j}].url`, message: `${quote(url)} ${problem}` });
    }
    if (u.provenance === 'reader-comment' && statusKeys.length > 0)
      problems.push({
        path: `updates[${i}].status`,
        message: 'reader comments are not reporting and must not set a status',
      });
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: data };
}

/** What is wrong with a source URL, or null. */
function urlProblem(url: string): string | null {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return 'is not a valid URL';
  }
  return protocol === 'http:' || protocol === 'https:' ? null : 'must be an http(s) URL';
}

/** One line per problem, as printed by `npm run validate:data` and shown to editors. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
