import { parseDate, formatDay, type DayNumber } from '../data/dates';

/**
 * The URL contract (README.md, "URL parameters"): what a reader shares. Parsing never throws; each param is
 * valid, invalid (ignored, falls back to its default) or missing. Defaults are not written back.
 *
 *   ?date=2020-07-15&country=GBR&view=map&region=europe&embed=1&theme=dark&autoplay=1&controls=0
 *   ?date=2019-01-01..2021-12-31   (compare two dates)
 */
export const VIEWS = ['map', 'table'] as const;
export const REGIONS = ['world', 'europe'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export type View = (typeof VIEWS)[number];
export type Region = (typeof REGIONS)[number];
export type ThemeChoice = (typeof THEMES)[number];

export interface DateRange {
  from: DayNumber;
  to: DayNumber;
}

export interface UrlState {
  /** null = the latest update (the default). */
  date: DayNumber | null;
  /** Compare mode: A and B. When set, `date` is B. */
  compare: DateRange | null;
  country: string | null;
  view: View;
  region: Region;
  embed: boolean;
  theme: ThemeChoice;
  autoplay: boolean;
  controls: boolean;
  /** pym.js child id, echoed in height messages when present. */
  childId: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  date: null,
  compare: null,
  country: null,
  view: 'map',
  region: 'world',
  embed: false,
  theme: 'auto',
  autoplay: false,
  controls: true,
  childId: null,
};

export type ParamResult<T> =
  { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string } | { kind: 'missing' };

export interface ParseOptions {
  /** Dates outside [min, max] are invalid (out of the timeline's range). */
  minDay?: DayNumber;
  maxDay?: DayNumber;
  /** Entity ids that exist; others are invalid. Without it, any well-formed id is accepted. */
  isEntity?: (id: string) => boolean;
}

const MAX_PARAM_LENGTH = 64;

function one(params: URLSearchParams, name: string): string | null {
  // Repeated params: the first one counts, like most servers read them.
  return params.get(name);
}

function parseDay(raw: string, o: ParseOptions): DayNumber | null {
  const d = parseDate(raw);
  if (!d) return null;
  if (o.minDay !== undefined && d.day < o.minDay) return null;
  if (o.maxDay !== undefined && d.day > o.maxDay) return null;
  return d.day;
}

function parseEnum<T extends string>(raw: string | null, allowed: readonly T[]): ParamResult<T> {
  if (raw === null) return { kind: 'missing' };
  return (allowed as readonly string[]).includes(raw)
    ? { kind: 'valid', value: raw as T }
    : { kind: 'invalid', raw };
}

function parseFlag(raw: string | null, on: string, off: string): ParamResult<boolean> {
  if (raw === null) return { kind: 'missing' };
  if (raw === on) return { kind: 'valid', value: true };
  if (raw === off) return { kind: 'valid', value: false };
  return { kind: 'invalid', raw };
}

export interface ParsedUrl {
  date: ParamResult<{ date: DayNumber; compare: DateRange | null }>;
  country: ParamResult<string>;
  view: ParamResult<View>;
  region: ParamResult<Region>;
  embed: ParamResult<boolean>;
  theme: ParamResult<ThemeChoice>;
  autoplay: ParamResult<boolean>;
  controls: ParamResult<boolean>;
  childId: ParamResult<string>;
}

/** Parses each param on its own; a bad one never spoils the others. */
export function parseUrl(search: string, o: ParseOptions = {}): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const tooLong = (raw: string | null) => raw !== null && raw.length > MAX_PARAM_LENGTH;

  const rawDate = one(params, 'date');
  let date: ParsedUrl['date'] = { kind: 'missing' };
  if (rawDate !== null) {
    const parts = tooLong(rawDate) ? [] : rawDate.split('..');
    if (parts.length === 1) {
      const d = parseDay(parts[0]!, o);
      date =
        d === null ? { kind: 'invalid', raw: rawDate } : { kind: 'valid', value: { date: d, compare: null } };
    } else if (parts.length === 2) {
      const a = parseDay(parts[0]!, o);
      const b = parseDay(parts[1]!, o);
      date =
        a === null || b === null || a > b
          ? { kind: 'invalid', raw: rawDate }
          : { kind: 'valid', value: { date: b, compare: { from: a, to: b } } };
    } else date = { kind: 'invalid', raw: rawDate };
  }

  const rawCountry = one(params, 'country');
  let country: ParsedUrl['country'] = { kind: 'missing' };
  if (rawCountry !== null) {
    const ok =
      !tooLong(rawCountry) &&
      /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(rawCountry) &&
      (o.isEntity?.(rawCountry) ?? true);
    country = ok ? { kind: 'valid', value: rawCountry } : { kind: 'invalid', raw: rawCountry };
  }

  const rawChild = one(params, 'childId');
  const childId: ParsedUrl['childId'] =
    rawChild === null
      ? { kind: 'missing' }
      : /^[A-Za-z0-9_-]{1,64}$/.test(rawChild)
        ? { kind: 'valid', value: rawChild }
        : { kind: 'invalid', raw: rawChild };

  return {
    date,
    country,
    view: parseEnum(one(params, 'view'), VIEWS),
    region: parseEnum(one(params, 'region'), REGIONS),
    embed: parseFlag(one(params, 'embed'), '1', '0'),
    theme: parseEnum(one(params, 'theme'), THEMES),
    autoplay: parseFlag(one(params, 'autoplay'), '1', '0'),
    controls: parseFlag(one(params, 'controls'), '1', '0'),
    childId,
  };
}

const value = <T>(r: ParamResult<T>, fallback: T): T => (r.kind === 'valid' ? r.value : fallback);

/** The state a URL describes: each invalid or missing param takes its default. */
export function urlToState(search: string, o: ParseOptions = {}): UrlState {
  const p = parseUrl(search, o);
  const d = value(p.date, null);
  return {
    date: d?.date ?? null,
    compare: d?.compare ?? null,
    country: value(p.country, null),
    view: value(p.view, DEFAULT_URL_STATE.view),
    region: value(p.region, DEFAULT_URL_STATE.region),
    embed: value(p.embed, DEFAULT_URL_STATE.embed),
    theme: value(p.theme, DEFAULT_URL_STATE.theme),
    autoplay: value(p.autoplay, DEFAULT_URL_STATE.autoplay),
    controls: value(p.controls, DEFAULT_URL_STATE.controls),
    childId: value(p.childId, null),
  };
}

/** The query string for a state, without defaults, in a stable order ('' for all defaults). */
export function stateToSearch(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.compare) params.set('date', `${formatDay(s.compare.from)}..${formatDay(s.compare.to)}`);
  else if (s.date !== null) params.set('date', formatDay(s.date));
  if (s.country) params.set('country', s.country);
  if (s.view !== DEFAULT_URL_STATE.view) params.set('view', s.view);
  if (s.region !== DEFAULT_URL_STATE.region) params.set('region', s.region);
  if (s.embed) params.set('embed', '1');
  if (s.theme !== DEFAULT_URL_STATE.theme) params.set('theme', s.theme);
  if (s.autoplay) params.set('autoplay', '1');
  if (!s.controls) params.set('controls', '0');
  if (s.childId) params.set('childId', s.childId);
  const q = params.toString();
  return q ? `?${q}` : '';
}
