/**
 * Extracts, once, the list of sourced items in the article (heading, outlet, date as printed)
 * into tests/fixtures/article-checklist.json. The dataset test checks every item is in the
 * dataset, so the tests never need the article itself, which stays outside the project.
 *
 *   npx tsx scripts/extract-checklist.ts ../shared/seed/000_0691d1f73f2525a8.txt
 *
 * Parsing is deliberately independent of how the dataset was written: it reads headings
 * ("Canada: …", "A-A-A" separators), bullets ("•") and trailing "Source(s): Outlet, date".
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface ChecklistItem {
  heading: string;
  line: number;
  sources: { name: string; date: string | null }[];
}

const [, , articlePath, outPath = 'tests/fixtures/article-checklist.json'] = process.argv;
if (!articlePath) {
  console.error('usage: tsx scripts/extract-checklist.ts ARTICLE.txt [OUT.json]');
  process.exit(2);
}
const lines = readFileSync(articlePath, 'utf8').split('\n');
// The body ends where the reader comments begin.
const end = lines.findIndex((l) => /^\d+ Comments$/.test(l.trim()));
const body = lines.slice(0, end === -1 ? lines.length : end);

const SOURCE = /(?:Sources?:\s*|Source(?=[A-Z]))(.+?)\.?\s*$/;
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const OUTLET_DATE = new RegExp(`^(.+?),\\s*(${MONTH}[^,]*(?:, \\d{4})?(?:, [^,]+)?)$`);

function parseSources(tail: string): ChecklistItem['sources'] {
  // "A, January 31, 2019 and B, January 31, 2019" — split on " and " only before an outlet
  // that is itself followed by a date, so "Laive and Huawei, November 28, 2021" stays whole.
  const parts = tail.split(new RegExp(`(?<=\\d{4}) and `));
  return parts.map((p) => {
    const m = OUTLET_DATE.exec(p.trim());
    // The citation's closing full stop was cut above; "6:00 a.m." keeps its own.
    const date = m?.[2]?.trim().replace(/\b([ap])\.m$/, '$1.m.');
    return m && date ? { name: m[1]!.trim(), date } : { name: p.trim(), date: null };
  });
}

const items: ChecklistItem[] = [];
let heading = 'FAQ';
let inList = false;
body.forEach((raw, i) => {
  const line = raw.trim();
  if (/^[A-Z]-[A-Z]-[A-Z]$/.test(line)) inList = true;
  if (!line) return;
  const headed = /^([A-Z][A-Za-z .&]+?):\s*(.*)$/.exec(line);
  if (inList && headed && !line.startsWith('•') && !/^Sources?:/.test(line)) heading = headed[1]!;
  // "Source:" or "Sources:" at the end of an item (the FAQ's DOJ answer has it on its own line).
  const m = SOURCE.exec(line);
  if (!m || /^Continue|^Return/.test(line)) return;
  items.push({ heading: inList ? heading : 'FAQ', line: i + 1, sources: parseSources(m[1]!) });
});

writeFileSync(
  outPath,
  JSON.stringify(
    { article: 'Huawei: Banned and Permitted In Which Countries? List and FAQ', items },
    null,
    2,
  ) + '\n',
);
console.log(`${items.length} sourced items → ${outPath}`);
for (const it of items)
  console.log(
    `${String(it.line).padStart(4)} ${it.heading.padEnd(18)} ${it.sources.map((s) => `${s.name} | ${s.date}`).join(' ; ')}`,
  );
