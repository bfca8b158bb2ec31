import { foldForSearch } from './foldForSearch';
import { prefixEditDistance } from './prefixEditDistance';
import type { EntityKind } from './schema';

/** Something a reader can find: a dataset entity or a drawable country. */
export interface SearchCandidate {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other names: dataset aliases, built-in alternates, and the ISO code for countries. */
  alternates: readonly string[];
  /** Listed in the dataset (breaks ties: a reader more likely wants a country with a story). */
  inDataset: boolean;
}

export interface SearchResult {
  candidate: SearchCandidate;
  /** The alternate name that matched, when the name itself did not. */
  matched: string | null;
  /** Found only as a likely typo ("Swedan" → Sweden): nothing matched the query as typed. */
  fuzzy: boolean;
}

interface FoldedName {
  text: string;
  folded: string;
  isName: boolean;
  /** Where each word starts in `folded`, for typo matching against a later word. */
  wordStarts: number[];
}

interface Folded {
  candidate: SearchCandidate;
  names: FoldedName[];
}

function foldName(text: string, isName: boolean): FoldedName {
  const folded = foldForSearch(text);
  const wordStarts = [0, ...[...folded.matchAll(/ /g)].map((m) => m.index + 1)];
  return { text, folded, isName, wordStarts };
}

/** Prepares candidates once (folding every name), for many searches as the reader types. */
export function prepareCandidates(candidates: readonly SearchCandidate[]): Folded[] {
  return candidates.map((candidate) => ({
    candidate,
    names: [foldName(candidate.name, true), ...candidate.alternates.map((a) => foldName(a, false))],
  }));
}

/**
 * How well one folded name matches the folded query; lower is better, null is no match.
 * Whole name, then prefix, then a later word's prefix, then (from two letters on) anywhere;
 * the name beats an alternate at the same level.
 */
function rank(name: FoldedName, query: string): number | null {
  const { folded } = name;
  const offset = name.isName ? 0 : 1;
  if (folded === query) return 0 + offset;
  if (folded.startsWith(query)) return 2 + offset;
  if (folded.includes(` ${query}`)) return 4 + offset;
  if (query.length >= 2 && folded.includes(query)) return 6 + offset;
  return null;
}

/**
 * Typos allowed for a query of this many letters: none below 4 (two or three letters are
 * within one edit of dozens of names), one up to 5, two from 6 ("untied states").
 */
function typosAllowed(query: string): number {
  const letters = query.replace(/ /g, '').length;
  return letters < 4 ? 0 : letters < 6 ? 1 : 2;
}

/** A typo's rank: after every match as typed; fewer edits first, the name before an alternate. */
function fuzzyRank(name: FoldedName, query: string, max: number): number | null {
  let best: number | null = null;
  for (const start of name.wordStarts) {
    const d = prefixEditDistance(query, name.folded.slice(start), max);
    if (d !== null && (best === null || d < best)) best = d;
  }
  return best === null ? null : 8 + 2 * best + (name.isName ? 0 : 1);
}

/**
 * Finds candidates by name or alternate, case- and accent-insensitively; exact and prefix
 * matches first, then word prefixes, then substrings. Only when nothing matches as typed does it
 * look for names (or their words) within a typo or two, so a typo never crowds out a real match.
 * Ties go to entities in the dataset, then alphabetical order. Each candidate appears once,
 * under its best-matching name.
 */
export function searchEntities(prepared: readonly Folded[], query: string, limit = 8): SearchResult[] {
  // Nothing to search (the page's first render, before a word is typed): nothing to fold either.
  // Folding's Unicode patterns are compiled on first use, milliseconds of a slow phone's first render.
  if (prepared.length === 0) return [];
  const q = foldForSearch(query);
  if (!q) return [];
  let scored = score(prepared, (name) => rank(name, q), false);
  const max = typosAllowed(q);
  if (scored.length === 0 && max > 0) scored = score(prepared, (name) => fuzzyRank(name, q, max), true);
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      Number(b.result.candidate.inDataset) - Number(a.result.candidate.inDataset) ||
      a.result.candidate.name.localeCompare(b.result.candidate.name),
  );
  return scored.slice(0, limit).map((s) => s.result);
}

function score(prepared: readonly Folded[], rankName: (name: FoldedName) => number | null, fuzzy: boolean) {
  const scored: { result: SearchResult; score: number }[] = [];
  for (const { candidate, names } of prepared) {
    let best: { score: number; name: FoldedName } | null = null;
    for (const name of names) {
      const s = rankName(name);
      if (s !== null && (!best || s < best.score)) best = { score: s, name };
    }
    if (best)
      scored.push({
        result: { candidate, matched: best.name.isName ? null : best.name.text, fuzzy },
        score: best.score,
      });
  }
  return scored;
}
