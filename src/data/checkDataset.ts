import type { Dataset, Entity } from './schema';
import { parseDate, dayOfDate } from './dates';
import { COUNTRIES } from './countries.generated';
import { checkStory, listIds } from './checkStory';
import { quote, type Problem, type ValidateOptions, type ValidationResult } from './problems';

const DEFAULT_DRAWABLE: ReadonlySet<string> = new Set(Object.keys(COUNTRIES));

/**
 * The checks that need the whole file, on a dataset already well-formed: the story's statuses,
 * unique ids, every reference resolves (statuses to the story's), dates real and not in the future, country ids drawable, source URLs
 * http(s). Returns every problem found.
 */
export function checkDataset(data: Dataset, options: ValidateOptions = {}): ValidationResult {
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
  const statusIds = checkStory(data, problems);
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
    for (let j = 0; j < statusKeys.length; j++) {
      const key = statusKeys[j]!;
      if (!entityById.has(key)) notAnEntity(`updates[${i}].status.${key}`, key);
      const value = u.status![key]!;
      if (!statusIds.has(value))
        problems.push({
          path: `updates[${i}].status.${key}`,
          message: `${quote(value)} is not one of the story's statuses: ${listIds(statusIds)}`,
        });
    }
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
    // A status taken from another outlet must let the reader check it.
    if (u.provenance === 'report' && statusKeys.length > 0 && !sources.some((s) => s.url !== undefined))
      problems.push({
        path: `updates[${i}].sources`,
        message: 'a report that sets a status needs a source with its http(s) URL',
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
