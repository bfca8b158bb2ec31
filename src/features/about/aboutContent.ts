import type { DatasetIndex, TimedUpdate } from '../../data/createIndex';
import type { Correction } from '../../data/schema';

export interface FaqEntry {
  question: string;
  /** The updates answering it, in timeline order. */
  answers: TimedUpdate[];
}

/** The article's FAQ: updates that answer a question, grouped by it, questions in file order. */
export function faqEntries(index: DatasetIndex): FaqEntry[] {
  const byQuestion = new Map<string, TimedUpdate[]>();
  const firstSeen = new Map<string, number>();
  for (const t of index.timeline) {
    const q = t.update.question;
    if (!q) continue;
    byQuestion.set(q, [...(byQuestion.get(q) ?? []), t]);
    firstSeen.set(q, Math.min(firstSeen.get(q) ?? Infinity, t.order));
  }
  return [...byQuestion.entries()]
    .sort(([a], [b]) => firstSeen.get(a)! - firstSeen.get(b)!)
    .map(([question, answers]) => ({ question, answers }));
}

export interface Erratum {
  item: TimedUpdate;
  correction: Correction;
}

/** Every correction the dataset records, one per line, in timeline order. */
export function errata(index: DatasetIndex): Erratum[] {
  return index.timeline.flatMap((item) =>
    (item.update.corrections ?? []).map((correction) => ({ item, correction })),
  );
}

/** How many updates come from readers' comments rather than the article. */
export function readerCommentCount(index: DatasetIndex): number {
  return index.timeline.filter((t) => t.update.provenance === 'reader-comment').length;
}
