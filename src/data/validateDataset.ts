import type { core } from 'zod/mini';
import { datasetSchema, type Dataset } from './schema';
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
  const data = parsed.data;
  const problems: Problem[] = [];
  const today = dayOfDate(options.today ?? new Date());
  const drawable = options.drawableCountries ?? DEFAULT_DRAWABLE;

  const checkDate = (path: string, value: string) => {
    const d = parseDate(value);
    if (!d) problems.push({ path, message: `${quote(value)} is not a date` });
    else if (d.day > today) problems.push({ path, message: `${quote(value)} is in the future` });
  };
  checkDate('updatedAt', data.updatedAt);
  if (data.source?.published) checkDate('source.published', data.source.published);

  const entityIds = new Set<string>();
  data.entities.forEach((e, i) => {
    if (entityIds.has(e.id))
      problems.push({ path: `entities[${i}].id`, message: `${quote(e.id)} is used by another entity` });
    entityIds.add(e.id);
    if (e.kind === 'country' && !drawable.has(e.id))
      problems.push({
        path: `entities[${i}].id`,
        message: `${quote(e.id)} is not a country the map can draw (ISO 3166-1 alpha-3 expected)`,
      });
  });
  const ref = (path: string, value: string) => {
    if (!entityIds.has(value))
      problems.push({ path, message: `${quote(value)} is not an entity in "entities"` });
  };
  const countryRef = (path: string, value: string) => {
    const target = data.entities.find((e) => e.id === value);
    if (!target) problems.push({ path, message: `${quote(value)} is not an entity in "entities"` });
    else if (target.kind !== 'country')
      problems.push({ path, message: `${quote(value)} must be a country, not a ${target.kind}` });
  };
  data.entities.forEach((e, i) => {
    if (e.kind === 'company') countryRef(`entities[${i}].country`, e.country);
    if (e.kind === 'bloc') e.members.forEach((m, j) => countryRef(`entities[${i}].members[${j}]`, m));
  });

  const updateIds = new Set<string>();
  data.updates.forEach((u, i) => {
    const at = `updates[${i}]`;
    if (updateIds.has(u.id))
      problems.push({ path: `${at}.id`, message: `${quote(u.id)} is used by another update` });
    updateIds.add(u.id);
    ref(`${at}.entity`, u.entity);
    checkDate(`${at}.date`, u.date);
    for (const key of Object.keys(u.status ?? {})) ref(`${at}.status.${key}`, key);
    u.mentions?.forEach((m, j) => ref(`${at}.mentions[${j}]`, m));
    u.sources.forEach((s, j) => {
      if (s.url === undefined) return;
      let protocol: string;
      try {
        protocol = new URL(s.url).protocol;
      } catch {
        problems.push({ path: `${at}.sources[${j}].url`, message: `${quote(s.url)} is not a valid URL` });
        return;
      }
      if (protocol !== 'http:' && protocol !== 'https:')
        problems.push({ path: `${at}.sources[${j}].url`, message: `${quote(s.url)} must be an http(s) URL` });
    });
    if (u.provenance === 'reader-comment' && u.status && Object.keys(u.status).length > 0)
      problems.push({
        path: `${at}.status`,
        message: 'reader comments are not reporting and must not set a status',
      });
  });

  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: data };
}

/** One line per problem, as printed by `npm run validate:data` and shown to editors. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
