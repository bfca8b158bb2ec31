import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { validateDataset, formatProblems } from '../../src/data/validateDataset';
import { syntheticDataset } from '../lib/syntheticDataset';

export type SiteName = 'app' | 'app-x100' | 'baseline' | 'baseline-x100';
export const SITE_NAMES: readonly SiteName[] = ['app', 'baseline', 'app-x100', 'baseline-x100'];

/** Where a built JS chunk's bytes come from (from the bundler's own module list). */
export interface ChunkInfo {
  fileName: string;
  gzipBytes: number;
  /** Rendered (pre-minification) length per module id, as the bundler reports it. */
  modules: Record<string, number>;
}

export interface PreparedSites {
  root: string;
  /** Build output per JS file name (assets/…); empty when an existing build was used. */
  chunks: Map<string, ChunkInfo>;
  /** Size of each dataset: updates, distinct update dates (timeline events), file bytes. */
  datasets: Record<'real' | 'x100', { updates: number; events: number; bytes: number }>;
}

/** Collects each chunk's module list while Vite builds (a plugin, so no source maps are needed). */
function compositionPlugin(out: Map<string, ChunkInfo>): Plugin {
  return {
    name: 'hbm-bench-composition',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const modules: Record<string, number> = {};
        for (const [id, m] of Object.entries(item.modules)) modules[id] = m.renderedLength;
        out.set(item.fileName, { fileName: item.fileName, gzipBytes: 0, modules });
      }
    },
  };
}

function eventCount(dataset: { updates: readonly { date: string }[] }): number {
  return new Set(dataset.updates.map((u) => u.date)).size;
}

/**
 * Lays out the four sites the benchmark serves, under `root`:
 *   app/            the production build (vite build, or a copy of `existingDist`)
 *   app-x100/       the same build with a synthetic dataset `factor`× the size
 *   baseline/       bench/baseline/ plus the same two data files
 *   baseline-x100/  the baseline with the synthetic dataset
 */
export async function prepareSites(options: {
  root: string;
  existingDist?: string | undefined;
  factor: number;
  log: (line: string) => void;
}): Promise<PreparedSites> {
  const root = resolve(options.root);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const appDir = join(root, 'app');
  const chunks = new Map<string, ChunkInfo>();

  if (options.existingDist) {
    options.log(`using the existing build in ${options.existingDist}`);
    await cp(resolve(options.existingDist), appDir, { recursive: true });
  } else {
    options.log('building the app (vite build) …');
    const { build } = await import('vite');
    await build({
      logLevel: 'warn',
      plugins: [compositionPlugin(chunks)],
      build: { outDir: appDir, emptyOutDir: true, sourcemap: false },
    });
    for (const info of chunks.values())
      info.gzipBytes = gzipSync(await readFile(join(appDir, info.fileName)), { level: 9 }).length;
  }

  const datasetPath = join(appDir, 'data', 'huawei-5g.json');
  const worldPath = join(appDir, 'data', 'world.json');
  const realText = await readFile(datasetPath, 'utf8');
  const real = validateDataset(JSON.parse(realText));
  if (!real.ok) throw new Error(`the bundled dataset is invalid:\n${formatProblems(real.problems)}`);
  const synthetic = syntheticDataset(real.dataset, options.factor);
  const check = validateDataset(synthetic);
  if (!check.ok) throw new Error(`the synthetic dataset is invalid:\n${formatProblems(check.problems)}`);
  const syntheticText = `${JSON.stringify(synthetic, null, 2)}\n`;

  const appX100 = join(root, 'app-x100');
  await cp(appDir, appX100, { recursive: true });
  await writeFile(join(appX100, 'data', 'huawei-5g.json'), syntheticText);

  const baselineSource = resolve('bench/baseline');
  for (const [name, datasetText] of [
    ['baseline', realText],
    ['baseline-x100', syntheticText],
  ] as const) {
    const dir = join(root, name);
    await cp(baselineSource, dir, { recursive: true });
    await mkdir(join(dir, 'data'), { recursive: true });
    await cp(worldPath, join(dir, 'data', 'world.json'));
    await writeFile(join(dir, 'data', 'huawei-5g.json'), datasetText);
  }

  for (const name of SITE_NAMES) await stat(join(root, name, 'index.html'));

  return {
    root,
    chunks,
    datasets: {
      real: {
        updates: real.dataset.updates.length,
        events: eventCount(real.dataset),
        bytes: Buffer.byteLength(realText),
      },
      x100: {
        updates: synthetic.updates.length,
        events: eventCount(synthetic),
        bytes: Buffer.byteLength(syntheticText),
      },
    },
  };
}

/** A module id → the package or source folder it belongs to, for the composition table. */
export function moduleGroup(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = clean.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? clean);
  }
  const src = clean.indexOf('/src/');
  if (src >= 0) {
    const parts = clean.slice(src + 1).split('/');
    // src/features/map/…, src/app/…, src/main.tsx
    return parts[1] === 'features' ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
  }
  return clean.startsWith('/') ? relative(process.cwd(), clean) : '(bundler runtime)';
}
