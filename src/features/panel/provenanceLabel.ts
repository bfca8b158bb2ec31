import type { Source, Update } from '../../data/schema';
import { strings } from '../../shared/text/strings';

/**
 * The page of the article an `article-summary` links to, from its URL's last path segment
 * (".../huawei-banned-in-which-countries/2/" → 2); null when no source says.
 */
export function articlePage(sources: readonly Source[]): number | null {
  for (const { url } of sources) {
    if (!url) continue;
    let path: string;
    try {
      path = new URL(url).pathname;
    } catch {
      continue;
    }
    const page = /\/(\d{1,3})\/?$/.exec(path)?.[1];
    if (page) return Number(page);
  }
  return null;
}

/** Outlets in the order cited, each once: the "Reuters" of "Our summary of a report by Reuters". */
function outlets(sources: readonly Source[]): string[] {
  return [...new Set(sources.map((s) => s.name))];
}

/**
 * What an update's text is, as its panel entry says it: the article's words, our summary of the
 * article or of a report. Null for a reader comment, which its own tag already labels.
 */
export function provenanceLabel(update: Pick<Update, 'provenance' | 'sources'>): string | null {
  switch (update.provenance) {
    case 'article':
      return strings.panel.provenance.article;
    case 'article-summary':
      return strings.panel.provenance.articleSummary(articlePage(update.sources));
    case 'report':
      return strings.panel.provenance.report(outlets(update.sources));
    case 'reader-comment':
      return null;
  }
}
