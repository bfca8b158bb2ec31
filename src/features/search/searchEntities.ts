import type { EntityKind } from '../../data/schema';

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
}

/**
 * Folds a name for comparison: lower case, accents dropped ("Côte" → "cote"), dots and
 * apostrophes removed ("U.K." → "uk", "d'Ivoire" → "divoire"), other punctuation as spaces.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.'’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Folded {
  candidate: SearchCandidate;
  names: { text: string; folded: string; isName: boolean }[];
}

/** Prepares candidates once (folding every name), for many searches as the reader types. */
export function prepareCandidates(candidates: readonly SearchCandidate[]): Folded[] {
  return candidates.map((candidate) => ({
    candidate,
    names: [
      { text: candidate.name, folded: foldForSearch(candidate.name), isName: true },
      ...candidate.alternates.map((a) => ({ text: a, folded: foldForSearch(a), isName: false })),
    ],
  }));
}

/**
 * How well one folded name matches the folded query; lower is better, null is no match.
 * Whole name, then prefix, then a later word's prefix, then (from two letters on) anywhere;
 * the name beats an alternate at the same level.
 */
function rank(folded: string, query: string, isName: boolean): number | null {
  const offset = isName ? 0 : 1;
  if (folded === query) return 0 + offset;
  if (folded.startsWith(query)) return 2 + offset;
  if (folded.includes(` ${query}`)) return 4 + offset;
  if (query.length >= 2 && folded.includes(query)) return 6 + offset;
  return null;
}

/**
 * Finds candidates by name or alternate, case- and accent-insensitively; exact and prefix
 * matches first, then word prefixes, then substrings. Ties go to entities in the dataset, then
 * alphabetical order. Each candidate appears once, under its best-matching name.
 */
export function searchEntities(prepared: readonly Folded[], query: string, limit = 8): SearchResult[] {
  // Nothing to search (the page's first render, before a word is typed): nothing to fold either.
  // Folding's Unicode patterns are compiled on first use, milliseconds of a slow phone's first render.
  if (prepared.length === 0) return [];
  const q = foldForSearch(query);
  if (!q) return [];
  const scored: { result: SearchResult; score: number }[] = [];
  for (const { candidate, names } of prepared) {
    let best: { score: number; name: Folded['names'][number] } | null = null;
    for (const name of names) {
      const score = rank(name.folded, q, name.isName);
      if (score !== null && (!best || score < best.score)) best = { score, name };
    }
    if (best)
      scored.push({
        result: { candidate, matched: best.name.isName ? null : best.name.text },
        score: best.score,
      });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      Number(b.result.candidate.inDataset) - Number(a.result.candidate.inDataset) ||
      a.result.candidate.name.localeCompare(b.result.candidate.name),
  );
  return scored.slice(0, limit).map((s) => s.result);
}
