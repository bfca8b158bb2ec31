import { reportOutlets } from '../../data/reportOutlets';
import type { DatasetIndex, TimedUpdate } from '../../data/createIndex';
import type { DatePrecision, DayNumber } from '../../data/dates';
// Types only: the schema's values would bring zod into this chunk.
import type { Correction, Provenance } from '../../data/schema';
import { yearOf } from '../../data/yearGroups';

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

/** How many updates of each provenance the dataset holds. */
export function provenanceCounts(index: DatasetIndex): Record<Provenance, number> {
  const counts: Record<Provenance, number> = {
    article: 0,
    'article-summary': 0,
    report: 0,
    'reader-comment': 0,
  };
  for (const t of index.timeline) counts[t.update.provenance] += 1;
  return counts;
}

export interface DatasetFacts {
  updates: number;
  firstYear: number;
  lastYear: number;
  /** The latest update's date at its precision; null for a dataset without updates. */
  latest: { day: DayNumber; precision: DatePrecision } | null;
  /** Countries (not companies or blocs) with a status on the latest update's date. */
  countriesWithStatus: number;
  entities: number;
  entitiesWithoutUpdates: number;
  /** Outlets whose reports the dataset summarises (the footer's count too). */
  sources: number;
}

/** What the About page counts, all from the dataset. */
export function datasetFacts(index: DatasetIndex): DatasetFacts {
  const last = index.timeline[index.timeline.length - 1];
  let countriesWithStatus = 0;
  for (const id of index.statusesAt(index.lastDay).keys())
    if (index.entities.get(id)?.kind === 'country') countriesWithStatus += 1;
  const withData = new Set(index.entitiesWithData());
  return {
    updates: index.timeline.length,
    firstYear: yearOf(index.firstDay),
    lastYear: yearOf(index.lastDay),
    latest: last ? { day: last.day, precision: last.precision } : null,
    countriesWithStatus,
    entities: index.entities.size,
    entitiesWithoutUpdates: [...index.entities.keys()].filter((id) => !withData.has(id)).length,
    sources: reportOutlets(index.dataset).length,
  };
}
