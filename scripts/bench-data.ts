/**
 * Micro-benchmark of the data layer (a script, not a test): how long indexing and the lookups
 * the map makes per frame take on the real dataset and on a synthetic one 100× its size.
 *   npx tsx scripts/bench-data.ts
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { validateDataset, formatProblems } from '../src/data/validateDataset';
import { createIndex } from '../src/data/createIndex';
import type { Dataset } from '../src/data/schema';
import { syntheticDataset } from './lib/syntheticDataset';

function load(): Dataset {
  const r = validateDataset(JSON.parse(readFileSync('public/data/huawei-5g.json', 'utf8')));
  if (!r.ok) throw new Error(formatProblems(r.problems));
  return r.dataset;
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)]!;
}

function bench(label: string, dataset: Dataset) {
  const t0 = performance.now();
  const v = validateDataset(dataset);
  const tValidate = performance.now() - t0;
  if (!v.ok) throw new Error(formatProblems(v.problems));
  const t1 = performance.now();
  const index = createIndex(v.dataset);
  const tIndex = performance.now() - t1;

  // statusesAt on every day of the range in random order (defeats the per-event cache).
  const days: number[] = [];
  for (let d = index.firstDay; d <= index.lastDay; d++) days.push(d);
  days.sort(() => Math.random() - 0.5);
  const per: number[] = [];
  for (const d of days) {
    const t = performance.now();
    index.statusesAt(d);
    per.push(performance.now() - t);
  }
  const ids = [...index.entities.keys()];
  const t2 = performance.now();
  let n = 0;
  for (const d of days.slice(0, 500)) for (const id of ids) if (index.statusAt(id, d) !== 'none') n++;
  const perStatusAt = (performance.now() - t2) / (500 * ids.length);

  console.log(
    `${label.padEnd(14)} updates ${String(v.dataset.updates.length).padStart(6)}  entities ${String(ids.length).padStart(4)}  ` +
      `validate ${tValidate.toFixed(1)} ms  index ${tIndex.toFixed(1)} ms  ` +
      `statusesAt median ${(median(per) * 1000).toFixed(1)} µs p95 ${(p95(per) * 1000).toFixed(1)} µs  ` +
      `statusAt ${(perStatusAt * 1e6).toFixed(0)} ns (${n > 0 ? 'ok' : 'empty'})`,
  );
}

const file = readFileSync('public/data/huawei-5g.json');
console.log(
  `dataset file   ${(file.length / 1000).toFixed(1)} KB, gzip ${(gzipSync(file, { level: 9 }).length / 1000).toFixed(1)} KB ` +
    '(1 KB = 1000 bytes)',
);
const base = load();
// Warm up the JIT so the first figures are not compile time.
bench('warm-up', base);
bench('real', base);
bench('synthetic ×100', syntheticDataset(base, 100));
