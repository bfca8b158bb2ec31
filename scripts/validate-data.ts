/**
 * npm run validate:data [file]
 * Checks a dataset file against the contract and prints every problem with its path, e.g.
 *   updates[12].date: "2020-13-01" is not a date
 * Exits 1 when there is any problem, 2 when the file cannot be read.
 */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/data/parseDatasetText';
import { formatProblems } from '../src/data/validateDataset';

const file = process.argv[2] ?? 'public/data/huawei-5g.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  process.exit(2);
}
const result = await parseDatasetText(text);
if (result.ok) {
  const { entities, updates } = result.dataset;
  const withStatus = updates.filter((u) => u.status && Object.keys(u.status).length > 0).length;
  console.log(
    `${file}: valid — ${entities.length} entities, ${updates.length} updates (${withStatus} set a status)`,
  );
} else {
  console.error(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  console.error(formatProblems(result.problems));
  process.exit(1);
}
