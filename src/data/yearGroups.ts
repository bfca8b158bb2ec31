import type { RelatedUpdate } from './createIndex';
import { dateOfDay, type DayNumber } from './dates';

/** A section's updates of one calendar year, in timeline order. */
export interface YearGroup {
  year: number;
  items: RelatedUpdate[];
}

/** A section this long or shorter shows every year open: nothing to scan past. */
export const SHOW_ALL_UP_TO = 6;

export function yearOf(day: DayNumber): number {
  return dateOfDay(day).getUTCFullYear();
}

/** Cuts a list already in timeline order into years, oldest first. */
export function groupByYear(items: readonly RelatedUpdate[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const item of items) {
    const year = yearOf(item.day);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/**
 * The years a section opens with: all of a short section; else the latest year and the year the
 * reader is looking at — the selected date's, or if it has none, the year of the last update
 * before it (the one in force), or the first year when the date precedes them all.
 */
export function defaultOpenYears(groups: readonly YearGroup[], current: DayNumber): Set<number> {
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  if (total <= SHOW_ALL_UP_TO) return new Set(groups.map((g) => g.year));
  const open = new Set<number>();
  const latest = groups[groups.length - 1];
  if (latest) open.add(latest.year);
  const year = yearOf(current);
  const before = groups.filter((g) => g.items[0]!.day <= current);
  const focus = groups.find((g) => g.year === year) ?? before[before.length - 1] ?? groups[0];
  if (focus) open.add(focus.year);
  return open;
}
