import { countStatuses } from '../data/countStatuses';
import { statusLabel } from '../shared/text/statusText';
import { createIndex, type DatasetIndex } from '../data/createIndex';
import { formatProblems, validateDataset } from '../data/validateDataset';
import { yearOf } from '../data/yearGroups';
import { formatDate } from '../shared/text/formatDate';
import { strings } from '../shared/text/strings';
import { escapeXml } from '../shared/util/escapeXml';
import { storyPageTitle, storyTopic } from '../shared/text/storyText';

/** "debated" for the Huawei story's "debating"; a story's own statuses in their label's words. */
function verbOf(index: DatasetIndex, status: string): string {
  const verbs: Readonly<Record<string, string>> = strings.pageMeta.statusVerb;
  return verbs[status] ?? statusLabel(index.story, status).toLowerCase();
}

/** What the latest update's map shows, in a sentence: the counts the legend gives. */
function shellDescription(index: DatasetIndex): string {
  const m = strings.pageMeta;
  const last = index.timeline[index.timeline.length - 1];
  const topic = storyTopic(index.story);
  if (!last) return m.plainDescription(topic);
  const counts = countStatuses(index, index.statusesAt(last.day));
  const parts = index.statuses
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status, i) => m.statusIn(verbOf(index, status), counts[status] ?? 0, i === 0));
  if (parts.length === 0) return m.plainDescription(topic);
  return m.description(topic, formatDate(last.day, last.precision), parts.join(', '), yearOf(index.firstDay));
}

/**
 * index.html's title and the tags a shared link unfurls from (Open Graph, Twitter's card, the
 * description), written at build time from the dataset (scripts/lib/prerenderShell.ts). No
 * og:url or og:image: both must be absolute, and the site is built to be hosted at any address.
 */
export function renderShellHead(datasetText: string): string {
  const result = validateDataset(JSON.parse(datasetText));
  if (!result.ok) throw new Error(`the dataset is invalid:\n${formatProblems(result.problems)}`);
  const index = createIndex(result.dataset);
  const title = escapeXml(storyPageTitle(index.story));
  const description = escapeXml(shellDescription(index));
  return [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:locale" content="${strings.pageMeta.locale}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ].join('\n    ');
}
