import { parseDate, formatDay, type DatePrecision, type DayNumber } from '../data/dates';
import type { StatusOrNone } from '../data/status';
import {
  DEFAULT_TABLE_SORT,
  formatTableSort,
  isDefaultTableSort,
  parseTableSort,
  type TableSort,
} from './tableSort';

/**
 * The URL contract (README.md, "URL parameters"): what a reader shares. Parsing never throws; each param is
 * valid, invalid (ignored, falls back to its default) or missing. Defaults are not written back.
 *
 *   ?date=2020-07-15&country=GBR&view=map&region=europe&embed=1&theme=dark&autoplay=1&controls=0
 *   ?date=2019-01-01..2021-12-31   (compare two dates)
 *   ?date=2018-12   (a month: the map on its first day, where that month's updates stand)
 *   ?view=table&sort=-date&status=banned&q=united   (the table's order, status filter and search)
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
  /**
   * How precisely `date` was given: a month (`date=2018-12`, or a panel's "December 2018") shows
   * as the month, not as its first day. Any other move of the date sets it back to `day`.
   */
  datePrecision: DatePrecision;
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
  /** The table's order, status filter (null = all) and "Find in table" text. */
  tableSort: TableSort;
  tableStatus: StatusOrNone | null;
  tableQuery: string;
}

export const DEFAULT_URL_STATE: UrlState = {
  date: null,
  datePrecision: 'day',
  compare: null,
  country: null,
  view: 'map',
  region: 'world',
  embed: false,
  theme: 'auto',
  autoplay: false,
  controls: true,
  childId: null,
  tableSort: DEFAULT_TABLE_SORT,
  tableStatus: null,
  tableQuery: '',
};

/** The URL state's fields, for code that copies or compares them all. */
export const URL_STATE_KEYS = Object.keys(DEFAULT_URL_STATE) as readonly (keyof UrlState)[];

/**
 * The params this app reads. Any other (utm_*, a host page's own) is the embedding page's and
 * stays in the address untouched (syncUrl).
 */
export const URL_PARAMS = [
  'date',
  'country',
  'view',
  'sort',
  'status',
  'q',
  'region',
  'embed',
  'theme',
  'autoplay',
  'controls',
  'childId',
] as const;

export type ParamResult<T> =
  { kind: 'valid'; value: T } | { kind: 'invalid'; raw: string } | { kind: 'missing' };

export interface ParseOptions {
  /** Entity ids that exist; others are invalid. Without it, any well-formed id is accepted. */
  isEntity?: (id: string) => boolean;
  /**
   * The dataset's status ids and `none`; others are invalid. Without it, any well-formed id is
   * accepted (the statuses come with the dataset; NormaliseUrlToDataset drops unknown ones).
   */
  isStatus?: (id: string) => boolean;
}

const STATUS_PARAM = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const MAX_PARAM_LENGTH = 64;

function one(params: URLSearchParams, name: string): string | null {
  // Repeated params: the first one counts, like most servers read them.
  return params.get(name);
}

// Dates out of the dataset's range are valid here: the app clamps them once it has the data.
/** A day as the URL writes it at a precision: 2018-12-01 at month precision is "2018-12". */
export const formatDayAt = (day: DayNumber, precision: DatePrecision) =>
  formatDay(day).slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4);

function parseDay(raw: string): DayNumber | null {
  return parseDate(raw)?.day ?? null;
}

function parseEnum<T extends string>(raw: string | null, allowed: readonly T[]): ParamResult<T> {
  if (raw === null) return { kind: 'missing' };
  return (allowed as readonly string[]).includes(raw)
    ? { kind: 'valid', value: raw as T }
    : { kind: 'invalid', raw };
}

function parseStatus(raw: string | null, o: ParseOptions): ParamResult<StatusOrNone> {
  if (raw === null) return { kind: 'missing' };
  return STATUS_PARAM.test(raw) && (o.isStatus?.(raw) ?? true)
    ? { kind: 'valid', value: raw }
    : { kind: 'invalid', raw };
}

function parseFlag(raw: string | null, on: string, off: string): ParamResult<boolean> {
  if (raw === null) return { kind: 'missing' };
  if (raw === on) return { kind: 'valid', value: true };
  if (raw === off) return { kind: 'valid', value: false };
  return { kind: 'invalid', raw };
}

export interface ParsedUrl {
  date: ParamResult<{ date: DayNumber; precision: DatePrecision; compare: DateRange | null }>;
  country: ParamResult<string>;
  view: ParamResult<View>;
  region: ParamResult<Region>;
  embed: ParamResult<boolean>;
  theme: ParamResult<ThemeChoice>;
  autoplay: ParamResult<boolean>;
  controls: ParamResult<boolean>;
  childId: ParamResult<string>;
  sort: ParamResult<TableSort>;
  status: ParamResult<StatusOrNone>;
  q: ParamResult<string>;
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
      const d = parseDate(parts[0]!);
      date =
        d === null
          ? { kind: 'invalid', raw: rawDate }
          : { kind: 'valid', value: { date: d.day, precision: d.precision, compare: null } };
    } else if (parts.length === 2) {
      const a = parseDay(parts[0]!);
      const b = parseDay(parts[1]!);
      // A range written the other way round means the same two dates: read it in order.
      const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      date =
        from === null || to === null
          ? { kind: 'invalid', raw: rawDate }
          : { kind: 'valid', value: { date: to, precision: 'day', compare: { from, to } } };
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

  const rawSort = one(params, 'sort');
  const sortValue = rawSort === null ? null : parseTableSort(rawSort);
  const sort: ParsedUrl['sort'] =
    rawSort === null
      ? { kind: 'missing' }
      : sortValue
        ? { kind: 'valid', value: sortValue }
        : { kind: 'invalid', raw: rawSort };

  // Plain text shown only as an input's value; control characters are no reader's search.
  const rawQ = one(params, 'q');
  const q: ParsedUrl['q'] =
    rawQ === null
      ? { kind: 'missing' }
      : rawQ.trim() !== '' && !tooLong(rawQ) && !/\p{Cc}/u.test(rawQ)
        ? { kind: 'valid', value: rawQ }
        : { kind: 'invalid', raw: rawQ };

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
    sort,
    status: parseStatus(one(params, 'status'), o),
    q,
  };
}

const value = <T>(r: ParamResult<T>, fallback: T): T => (r.kind === 'valid' ? r.value : fallback);

/** The state a URL describes: each invalid or missing param takes its default. */
export function urlToState(search: string, o: ParseOptions = {}): UrlState {
  const p = parseUrl(search, o);
  const d = value(p.date, null);
  return {
    date: d?.date ?? null,
    datePrecision: d?.precision ?? 'day',
    compare: d?.compare ?? null,
    country: value(p.country, null),
    view: value(p.view, DEFAULT_URL_STATE.view),
    region: value(p.region, DEFAULT_URL_STATE.region),
    embed: value(p.embed, DEFAULT_URL_STATE.embed),
    theme: value(p.theme, DEFAULT_URL_STATE.theme),
    autoplay: value(p.autoplay, DEFAULT_URL_STATE.autoplay),
    controls: value(p.controls, DEFAULT_URL_STATE.controls),
    childId: value(p.childId, null),
    tableSort: value(p.sort, DEFAULT_URL_STATE.tableSort),
    tableStatus: value(p.status, null),
    tableQuery: value(p.q, DEFAULT_URL_STATE.tableQuery),
  };
}

/**
 * The query string for a state, without defaults, in a stable order ('' for all defaults). The
 * table's order, filter and search go in only with the table: a map link has no use for them.
 */
export function stateToSearch(s: UrlState): string {
  const params = new URLSearchParams();
  if (s.compare) params.set('date', `${formatDay(s.compare.from)}..${formatDay(s.compare.to)}`);
  else if (s.date !== null) params.set('date', formatDayAt(s.date, s.datePrecision));
  if (s.country) params.set('country', s.country);
  if (s.view !== DEFAULT_URL_STATE.view) params.set('view', s.view);
  if (s.view === 'table') {
    if (!isDefaultTableSort(s.tableSort)) params.set('sort', formatTableSort(s.tableSort));
    if (s.tableStatus !== null) params.set('status', s.tableStatus);
    if (s.tableQuery.trim() !== '') params.set('q', s.tableQuery);
  }
  if (s.region !== DEFAULT_URL_STATE.region) params.set('region', s.region);
  if (s.embed) params.set('embed', '1');
  if (s.theme !== DEFAULT_URL_STATE.theme) params.set('theme', s.theme);
  if (s.autoplay) params.set('autoplay', '1');
  if (!s.controls) params.set('controls', '0');
  if (s.childId) params.set('childId', s.childId);
  const q = params.toString();
  return q ? `?${q}` : '';
}
