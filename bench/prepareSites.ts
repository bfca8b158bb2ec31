import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseDate } from '../src/data/dates';
import { formatProblems, validateDataset } from '../src/data/validateDataset';
import { syntheticDataset } from '../scripts/lib/syntheticDataset';

export const SITES = ['app', 'baseline', 'app-x100', 'baseline-x100'] as const;
export type Site = (typeof SITES)[number];

/** The app built by Vite into `outDir`; with `story`, prerendered from and shipping that dataset. */
async function buildApp(outDir: string, story?: string) {
  const { build } = await import('vite');
  const before = process.env.STORY;
  if (story) process.env.STORY = story;
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.STORY;
    else process.env.STORY = before;
  }
}

function eventDaysOf(datasetText: string): number[] {
  const { updates } = JSON.parse(datasetText) as { updates: { date: string }[] };
  const days = new Set(updates.map((u) => parseDate(u.date)?.day).filter((d) => d !== undefined));
  return [...days].sort((a, b) => a - b);
}

/**
 * Lays out the four sites under `root`: the app (built, or a copy of `dist`); app-x100, built
 * with the synthetic dataset 100× the size (vite.config.ts reads STORY); and the baseline page
 * (bench/baseline/) with each dataset and the app's world.json.
 */
export async function prepareSites(root: string, dist: string | undefined, log: (line: string) => void) {
  root = resolve(root);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const appDir = join(root, 'app');
  if (dist) await cp(resolve(dist), appDir, { recursive: true });
  else {
    log('building the app …');
    await buildApp(appDir);
  }
  const realText = await readFile(join(appDir, 'data', 'huawei-5g.json'), 'utf8');
  const checked = validateDataset(JSON.parse(realText));
  if (!checked.ok) throw new Error(`the app's dataset is invalid:\n${formatProblems(checked.problems)}`);
  const synthetic = syntheticDataset(checked.dataset, 100);
  const check = validateDataset(synthetic);
  if (!check.ok) throw new Error(`the 100× dataset is invalid:\n${formatProblems(check.problems)}`);
  const x100Text = `${JSON.stringify(synthetic, null, 2)}\n`;
  const story = join(root, 'x100.json');
  await writeFile(story, x100Text);
  log('building the app with the 100× dataset …');
  await buildApp(join(root, 'app-x100'), story);

  for (const [site, text] of [
    ['baseline', realText],
    ['baseline-x100', x100Text],
  ] as const) {
    const dir = join(root, site);
    await cp(resolve('bench/baseline'), dir, { recursive: true });
    await mkdir(join(dir, 'data'));
    await cp(join(appDir, 'data', 'world.json'), join(dir, 'data', 'world.json'));
    await writeFile(join(dir, 'data', 'huawei-5g.json'), text);
  }
  const [real, x100] = [eventDaysOf(realText), eventDaysOf(x100Text)];
  // Each site's update days, in order: a playback step lands on one of them.
  const eventDays: Record<Site, number[]> = {
    app: real,
    baseline: real,
    'app-x100': x100,
    'baseline-x100': x100,
  };
  return {
    root,
    eventDays,
    updates: { real: checked.dataset.updates.length, x100: synthetic.updates.length },
  };
}
