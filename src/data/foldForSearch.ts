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
