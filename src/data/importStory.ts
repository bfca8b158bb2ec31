import type { Entity } from './schema';

/**
 * `story.json`, the importer's second input (docs/IMPORT.md):
 *
 * ```jsonc
 * {
 *   "story": {
 *     "title": "Where is Glowberry restricted?",  // 1–200 characters
 *     "subtitle": "…",                           // optional, up to 300
 *     "subject": "Glowberry",                    // up to 100, used in sentences
 *     "statuses": [                              // 2–6, legend order, most restrictive first
 *       { "id": "banned", "label": "Banned", "meaning": "…" }
 *     ]
 *   },
 *   "entities": [ … ],       // optional: companies and blocs (dataset entity shape); countries come from the CSV
 *   "title": "…",            // optional dataset fields; default story.title
 *   "description": "…",      //   default story.subtitle, else story.title
 *   "updatedAt": "2025-06",  //   default the latest update's date
 *   "source": { … }          //   optional, as in the dataset
 * }
 * ```
 *
 * The limits are schema version 3's (src/data/schema.ts once it has `story`); this checks them
 * here so that a bad story.json is reported before any row is read.
 */
export interface ImportStoryStatus {
  id: string;
  label: string;
  meaning: string;
}

export interface ImportStory {
  title: string;
  subtitle?: string;
  subject: string;
  topic?: string;
  pageTitle?: string;
  credit?: string;
  method?: string[];
  statuses: ImportStoryStatus[];
}

export interface ImportSource {
  title: string;
  publisher: string;
  url?: string;
  published?: string;
}

export interface StoryFile {
  story: ImportStory;
  entities: Entity[];
  title?: string;
  description?: string;
  updatedAt?: string;
  source?: ImportSource;
}

export type StoryFileResult = { ok: true; file: StoryFile } | { ok: false; errors: string[] };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const COUNTRY_ID = /^[A-Z]{3}$/;
const STORY_KEYS = ['title', 'subtitle', 'subject', 'topic', 'pageTitle', 'credit', 'method', 'statuses'];
const TOP_KEYS = ['story', 'entities', 'title', 'description', 'updatedAt', 'source', '$schema'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parsed JSON of story.json; every message starts with the path it is about. */
export function readStoryFile(json: unknown): StoryFileResult {
  const errors: string[] = [];
  if (!isObject(json)) return { ok: false, errors: ['story.json: must be an object {"story": {…}}'] };
  for (const key of Object.keys(json))
    if (!TOP_KEYS.includes(key))
      errors.push(`story.json, ${key}: unknown field (expected ${TOP_KEYS.slice(0, -1).join(', ')})`);

  const text = (path: string, value: unknown, max: number, optional = false): string | undefined => {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(
        `story.json, ${path}: ${value === undefined ? 'is missing' : 'must be a non-empty string'}`,
      );
      return undefined;
    }
    if (value.trim().length > max) errors.push(`story.json, ${path}: is longer than ${max} characters`);
    return value.trim();
  };

  const paragraphsOf = (value: unknown): string[] | undefined => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.length < 1 || value.length > 12) {
      errors.push('story.json, story.method: must be a list of 1 to 12 paragraphs (strings)');
      return undefined;
    }
    const list = value.map((p: unknown, i) => text(`story.method[${i}]`, p, 2000));
    return list.every((p) => p !== undefined) ? list : undefined;
  };

  const story = json.story;
  let parsed: ImportStory | undefined;
  if (!isObject(story))
    errors.push('story.json, story: is missing (an object with title, subject, statuses)');
  else {
    for (const key of Object.keys(story))
      if (!STORY_KEYS.includes(key))
        errors.push(`story.json, story.${key}: unknown field (expected ${STORY_KEYS.join(', ')})`);
    const title = text('story.title', story.title, 200);
    const subtitle = text('story.subtitle', story.subtitle, 300, true);
    const subject = text('story.subject', story.subject, 100);
    const optional = {
      topic: text('story.topic', story.topic, 200, true),
      pageTitle: text('story.pageTitle', story.pageTitle, 200, true),
      credit: text('story.credit', story.credit, 300, true),
      method: paragraphsOf(story.method),
    };
    const statuses: ImportStoryStatus[] = [];
    if (!Array.isArray(story.statuses) || story.statuses.length < 2 || story.statuses.length > 6)
      errors.push('story.json, story.statuses: needs 2 to 6 statuses, most restrictive first');
    else
      story.statuses.forEach((s: unknown, i) => {
        const path = `story.statuses[${i}]`;
        if (!isObject(s)) return errors.push(`story.json, ${path}: must be {"id", "label", "meaning"}`);
        const id = text(`${path}.id`, s.id, 64);
        if (id !== undefined && !ID.test(id))
          errors.push(`story.json, ${path}.id: '${id}' must be letters, digits, "-" or "_"`);
        else if (id === 'none')
          errors.push(`story.json, ${path}.id: 'none' is reserved for "no data"; choose another id`);
        else if (id !== undefined && statuses.some((o) => o.id.toLowerCase() === id.toLowerCase()))
          errors.push(`story.json, ${path}.id: '${id}' is used by another status`);
        const label = text(`${path}.label`, s.label, 60);
        const meaning = text(`${path}.meaning`, s.meaning, 500);
        if (id !== undefined && label !== undefined && meaning !== undefined)
          statuses.push({ id, label, meaning });
      });
    if (title !== undefined && subject !== undefined)
      parsed = {
        title,
        ...(subtitle !== undefined && { subtitle }),
        subject,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
        statuses,
      };
  }

  const entities: Entity[] = [];
  if (json.entities !== undefined && !Array.isArray(json.entities))
    errors.push('story.json, entities: must be a list of companies and blocs');
  else
    (json.entities ?? []).forEach((e: unknown, i: number) => {
      const path = `entities[${i}]`;
      const entity = readEntity(e, (m) => errors.push(`story.json, ${path}${m}`));
      if (!entity) return;
      if (entities.some((o) => o.id === entity.id))
        errors.push(`story.json, ${path}.id: '${entity.id}' is used by another entity`);
      else entities.push(entity);
    });

  const title = text('title', json.title, 200, true);
  const description = text('description', json.description, 2000, true);
  let updatedAt: string | undefined;
  if (json.updatedAt !== undefined) {
    if (typeof json.updatedAt !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(json.updatedAt))
      errors.push('story.json, updatedAt: must be a date (YYYY-MM-DD, YYYY-MM or YYYY)');
    else updatedAt = json.updatedAt;
  }
  let source: ImportSource | undefined;
  if (json.source !== undefined) {
    if (!isObject(json.source))
      errors.push('story.json, source: must be {"title", "publisher", "url"?, "published"?}');
    else {
      const t = text('source.title', json.source.title, 300);
      const publisher = text('source.publisher', json.source.publisher, 200);
      const url = text('source.url', json.source.url, 2048, true);
      const published = text('source.published', json.source.published, 10, true);
      if (url !== undefined && !/^https?:\/\//i.test(url))
        errors.push('story.json, source.url: must be an http(s) URL');
      if (t !== undefined && publisher !== undefined)
        source = {
          title: t,
          publisher,
          ...(url !== undefined && { url }),
          ...(published !== undefined && { published }),
        };
    }
  }

  if (errors.length > 0 || !parsed) return { ok: false, errors };
  return {
    ok: true,
    file: {
      story: parsed,
      entities,
      ...(title !== undefined && { title }),
      ...(description !== undefined && { description }),
      ...(updatedAt !== undefined && { updatedAt }),
      ...(source !== undefined && { source }),
    },
  };
}

/** A company or bloc (or a country with its own aliases) from story.json; null after reporting. */
function readEntity(e: unknown, fail: (message: string) => void): Entity | null {
  if (!isObject(e)) {
    fail(': must be an entity {"id", "kind", "name", …}');
    return null;
  }
  const { id, kind, name } = e;
  if (typeof id !== 'string' || !ID.test(id)) {
    fail('.id: must be 1–64 letters, digits, "-" or "_"');
    return null;
  }
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100) {
    fail('.name: must be a name of 1–100 characters');
    return null;
  }
  const aliases = e.aliases;
  if (
    aliases !== undefined &&
    !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string' && a.trim()))
  ) {
    fail('.aliases: must be a list of names');
    return null;
  }
  const extra = aliases === undefined ? {} : { aliases: (aliases as string[]).map((a) => a.trim()) };
  const base = { id, name: name.trim(), ...extra };
  if (kind === 'company') {
    if (typeof e.country !== 'string' || !COUNTRY_ID.test(e.country)) {
      fail('.country: must be the ISO alpha-3 code of the country the company is based in, e.g. "SWE"');
      return null;
    }
    return { ...base, kind, country: e.country };
  }
  if (kind === 'bloc') {
    const members = e.members;
    if (
      !Array.isArray(members) ||
      members.length === 0 ||
      !members.every((m) => typeof m === 'string' && COUNTRY_ID.test(m))
    ) {
      fail('.members: must be a list of ISO alpha-3 codes, e.g. ["DEU", "FRA"]');
      return null;
    }
    return { ...base, kind, members: members as string[] };
  }
  if (kind === 'country') {
    if (!COUNTRY_ID.test(id)) {
      fail('.id: a country needs its ISO alpha-3 code, e.g. "SWE"');
      return null;
    }
    return { ...base, kind };
  }
  fail(`.kind: must be "company" or "bloc" (countries come from the CSV)`);
  return null;
}
