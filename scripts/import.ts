/**
 * npm run import -- updates.csv --story story.json --out dataset.json
 * Builds a dataset (schema version 3, with its story) from a spreadsheet's CSV export and
 * story.json; see docs/IMPORT.md for both. Every error names its row and column and suggests a
 * fix, e.g.
 *   row 14, entity: 'Untied States' is not a country — did you mean United States?
 * On errors nothing is written and it exits 1; 2 when a file cannot be read or the arguments
 * are wrong. On success it prints one line and writes the file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readStoryFile } from '../src/data/importStory';
import { decodeUtf8 } from '../src/data/parseCsv';
import { datasetFromCsv, type ImportedDataset } from '../src/data/updatesFromCsv';
import { formatProblems, validateDataset } from '../src/data/validateDataset';

const USAGE = 'usage: npm run import -- updates.csv --story story.json --out dataset.json';

function exit(code: number, lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { story: { type: 'string' }, out: { type: 'string' } },
  });
}
try {
  args = parse();
} catch (error) {
  exit(2, [error instanceof Error ? error.message : String(error), USAGE]);
}
const [csvArg, ...extra] = args.positionals;
const { story: storyArg, out: outArg } = args.values;
if (!csvArg || extra.length > 0 || !storyArg || !outArg) exit(2, [USAGE]);
// npm runs scripts from the project's root: paths are the reader's, from where they typed them.
const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
const [csvPath, storyPath, out] = [here(csvArg), here(storyArg), here(outArg)];

function read(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    exit(2, [`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`]);
  }
}

const csv = decodeUtf8(read(csvPath));
if (csv === null)
  exit(1, [`${csvPath}: is not UTF-8 — in Excel choose File › Save As › "CSV UTF-8 (Comma delimited)"`]);
let storyJson: unknown;
try {
  storyJson = JSON.parse(new TextDecoder().decode(read(storyPath)));
} catch (error) {
  exit(1, [`${storyPath}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
}
const story = readStoryFile(storyJson);
if (!story.ok) exit(1, [`${storyPath}: ${story.errors.length} error(s)`, ...story.errors]);

const result = datasetFromCsv(csv, story.file);
if (!result.ok) exit(1, [`${csvPath}: ${result.errors.length} error(s), nothing written`, ...result.errors]);
const { dataset } = result;

const problems = validateOutput(dataset);
if (problems.length > 0)
  exit(1, [`${out}: the dataset built does not pass validation, nothing written`, ...problems]);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(dataset, null, 2) + '\n');
const withStatus = dataset.updates.filter((u) => u.status).length;
const rows = dataset.updates.reduce((n, u) => n + u.sources.length, 0);
console.log(
  `${out}: ${rows} rows → ${dataset.updates.length} updates (${withStatus} set a status) on ` +
    `${dataset.entities.length} entities; "${dataset.story.title}", ${dataset.story.statuses.length} statuses`,
);

/** The built dataset, checked by the project's own validator, as the app will check it. */
function validateOutput(data: ImportedDataset): string[] {
  const full = validateDataset(data);
  return full.ok ? [] : formatProblems(full.problems).split('\n');
}
