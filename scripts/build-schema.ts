/**
 * Writes public/data/huawei-5g.schema.json from the zod definition in src/data/schema.ts,
 * so editors get the same rules in their editor as the app applies at load.
 * `--check` exits non-zero when the committed file is out of date (run by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../src/data/datasetJsonSchema';

const out = 'public/data/huawei-5g.schema.json';
const text = JSON.stringify(datasetJsonSchema(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error(`${out} is out of date: run npm run build:schema`);
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
