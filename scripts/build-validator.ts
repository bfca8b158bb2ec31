/**
 * Writes src/data/datasetShape.generated.js: the dataset's structural rules compiled by Ajv into
 * plain functions at build time, so that a well-formed file is checked at load ten times faster
 * than by zod, with no code generated in the browser (no eval, nothing a CSP would block).
 *
 * The rules are the published JSON Schema's, which is generated from the zod definition
 * (src/data/schema.ts), made stricter where JSON Schema cannot say what zod does: zod trims text
 * before measuring it, so no string here may start or end with white space; and lengths count
 * UTF-16 units as zod does (`unicode: false`), and patterns are plain JavaScript ones as zod's.
 * The check is thereby one-sided: what it accepts zod accepts and returns unchanged
 * (tests/unit/datasetShape.test.ts holds it to that); what it rejects goes to zod, which says why.
 *
 * `--check` exits non-zero when the committed file is out of date (run by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DATASET_SHAPE_TYPES, datasetShapeSource } from './lib/datasetShapeSource';

const files: [string, string][] = [
  ['src/data/datasetShape.generated.js', datasetShapeSource()],
  ['src/data/datasetShape.generated.d.ts', DATASET_SHAPE_TYPES],
];
if (process.argv.includes('--check')) {
  const stale = files.filter(([path, text]) => readFileSync(path, 'utf8') !== text);
  for (const [path] of stale) console.error(`${path} is out of date: run npm run build:validator`);
  if (stale.length > 0) process.exit(1);
  console.log('the compiled dataset check is up to date');
} else {
  for (const [path, text] of files) {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.length} bytes)`);
  }
}
