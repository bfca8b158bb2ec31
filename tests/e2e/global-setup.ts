import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';
import { readStoryFile } from '../../src/data/importStory';
import { decodeUtf8 } from '../../src/data/parseCsv';
import { datasetFromCsv } from '../../src/data/updatesFromCsv';
import { formatProblems, validateDataset } from '../../src/data/validateDataset';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A second origin, for pages that embed the app cross-origin. */
    otherOrigin: string;
    /** The site built for the fictional story (tests/fixtures/story-fictional/), with STORY set. */
    storyUrl: string;
    /** The dataset that site was built from and ships, as `npm run import` made it. */
    storyDataset: string;
  }
}

let app: StaticServer | undefined;
let story: StaticServer | undefined;
let other: StaticServer | undefined;

const FIXTURE = 'tests/fixtures/story-fictional';

/** The fixture's CSV and story.json made into a dataset, as `npm run import` does (scripts/import.ts). */
async function importFixture(out: string) {
  const csv = decodeUtf8(await readFile(join(FIXTURE, 'updates.csv')));
  if (csv === null) throw new Error(`${FIXTURE}/updates.csv is not UTF-8`);
  const storyFile = readStoryFile(JSON.parse(await readFile(join(FIXTURE, 'story.json'), 'utf8')));
  if (!storyFile.ok) throw new Error(`${FIXTURE}/story.json:\n${storyFile.errors.join('\n')}`);
  const result = datasetFromCsv(csv, storyFile.file);
  if (!result.ok) throw new Error(`${FIXTURE}/updates.csv:\n${result.errors.join('\n')}`);
  const checked = validateDataset(result.dataset);
  if (!checked.ok) throw new Error(`the imported dataset is invalid:\n${formatProblems(checked.problems)}`);
  await writeFile(out, JSON.stringify(result.dataset, null, 2) + '\n');
}

/** Vite's production build into `outDir`; with `dataset`, for that dataset (STORY, vite.config.ts). */
async function buildSite(outDir: string, dataset?: string) {
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build;
  // readers get the production one, so the tests do too.
  const nodeEnv = process.env.NODE_ENV;
  const storyEnv = process.env.STORY;
  process.env.NODE_ENV = 'production';
  if (dataset) process.env.STORY = dataset;
  else delete process.env.STORY;
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    if (storyEnv === undefined) delete process.env.STORY;
    else process.env.STORY = storyEnv;
  }
}

/**
 * End-to-end tests run against the production build, as readers get it: build once into
 * dist-e2e/, serve it on loopback, and serve tests/e2e/host/ from a second origin. The fictional
 * story's site is built too (its CSV imported into a temporary folder) and served on a third.
 */
export default async function setup(project: TestProject) {
  // A directory per run, so two test runs on one machine never serve each other's half-built files.
  const outDir = `dist-e2e/run-${process.pid}`;
  const storyOutDir = `dist-e2e/story-${process.pid}`;
  const storyTmp = await mkdtemp(join(tmpdir(), 'hbm-e2e-story-'));
  const storyDataset = join(storyTmp, 'glowberry.json');
  await buildSite(outDir);
  await importFixture(storyDataset);
  await buildSite(storyOutDir, storyDataset);
  // As a static host such as GitHub Pages serves it: with the documented CSP, and CORS open so a
  // publisher may sandbox the iframe without allow-same-origin (an opaque origin).
  const headers = { 'content-security-policy': CSP, 'access-control-allow-origin': '*' };
  app = await startStaticServer(outDir, { headers });
  story = await startStaticServer(storyOutDir, { headers });
  other = await startStaticServer('tests/e2e/host');
  project.provide('baseUrl', app.url);
  project.provide('otherOrigin', other.url);
  project.provide('storyUrl', story.url);
  project.provide('storyDataset', storyDataset);
  return async () => {
    await app?.close();
    await story?.close();
    await other?.close();
    await rm(outDir, { recursive: true, force: true });
    await rm(storyOutDir, { recursive: true, force: true });
    await rm(storyTmp, { recursive: true, force: true });
  };
}

/** The Content-Security-Policy the README documents; the e2e suite proves the app runs under it. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
