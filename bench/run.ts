/**
 * The performance benchmark: the app beside a hand-written vanilla baseline (bench/baseline/), each
 * also with a dataset 100× the size, in headless Chromium at 4× CPU; then Lighthouse. Prints one
 * table of budgets (bench/budgets.ts); --check exits 1 on a miss. Method: bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../scripts/lib/staticServer';
import { fmt, judge, misses, table, type Figures } from './budgets';
import { measureHeap } from './measure/measureHeap';
import { measureLoad } from './measure/measureLoad';
import { measurePlayback } from './measure/measurePlayback';
import { lighthouseChromes, runLighthouse, type LighthouseSample } from './measure/runLighthouse';
import { CPU_THROTTLE, launchBrowser } from './withPage';
import { readOptions } from './options';
import { prepareSites, SITES, type Site } from './prepareSites';
import { median, quantile } from './stats';
import { waitForQuiet } from './waitForQuiet';

const OUT = 'bench-results';
/** Update days played from the first day in each playback round, before its wraps. */
const STEPS = 60;
const PLAYBACK_ROUNDS = 3;

const options = readOptions(process.argv.slice(2));
const started = Date.now();
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const cleanups: (() => Promise<unknown>)[] = [];
const cleanUp = async () => {
  for (const chrome of lighthouseChromes) chrome.kill();
  while (cleanups.length > 0) await cleanups.pop()!().catch(() => undefined);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

/** `measure` on every site, round after round, in an order reversed every other round: the machine's
 * drift falls on both sides of a ratio. */
async function inRounds<T>(rounds: number, measure: (site: Site, round: number) => Promise<T>) {
  const out = Object.fromEntries(SITES.map((s) => [s, [] as T[]])) as Record<Site, T[]>;
  for (let round = 0; round < rounds; round++)
    for (const site of round % 2 === 0 ? SITES : [...SITES].reverse())
      out[site].push(await measure(site, round));
  return out;
}

/** The commit measured, "-dirty" with uncommitted changes. */
function gitState(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  await mkdir(OUT, { recursive: true });
  const sites = await prepareSites('dist-bench', options.dist, log);
  const server = await startStaticServer(sites.root, {
    gzip: true,
    headers: { 'cache-control': 'public, max-age=600' },
  });
  cleanups.push(() => server.close());
  const url = (site: Site) => `${server.url}/${site}/`;
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());

  // One unmeasured load per site first: the browser's own first-use costs are not the site's.
  for (const site of SITES) await measureLoad(browser, url(site));
  const loads = await inRounds(options.runs, async (site, run) => {
    const s = await measureLoad(browser, url(site));
    log(`load ${run + 1}/${options.runs} ${site.padEnd(13)} painted ${fmt(s.paintedMs, 'ms')}`);
    return s;
  });
  const played = await inRounds(PLAYBACK_ROUNDS, async (site, round) => {
    const wraps =
      Math.floor(options.wraps / PLAYBACK_ROUNDS) + (round < options.wraps % PLAYBACK_ROUNDS ? 1 : 0);
    const days = sites.eventDays[site];
    const p = await measurePlayback(browser, url(site), { eventDays: days, steps: STEPS, wraps });
    log(
      `playback ${round + 1}/${PLAYBACK_ROUNDS} ${site.padEnd(13)} ${p.few.length} + ${p.all.length} steps`,
    );
    return p;
  });
  log(`heap: ${options.loops} loops …`);
  const heap = await measureHeap(browser, url('app'), options.loops);
  await browser.close();

  const lighthouseRuns: LighthouseSample[] = [];
  for (let i = 1; i <= options.lighthouseRuns; i++) {
    log(`lighthouse ${i}/${options.lighthouseRuns} …`);
    await waitForQuiet();
    lighthouseRuns.push(await runLighthouse(url('app'), join(OUT, `lighthouse-${i}.json`)));
  }
  // The run with the median performance score stands for all, its other figures with it.
  const byScore = [...lighthouseRuns].sort(
    (a, b) => (a.figures?.performance ?? -1) - (b.figures?.performance ?? -1),
  );
  const lighthouse = byScore[Math.floor((byScore.length - 1) / 2)];

  const figures: Figures = { 'heap.growth': heap.growth };
  for (const [name, value] of Object.entries(lighthouse?.figures ?? {}))
    figures[`lighthouse.${name}`] = value;
  for (const site of SITES) {
    const painted = loads[site].map((s) => s.paintedMs).filter((ms) => ms !== null);
    figures[`${site}.painted`] = painted.length === options.runs ? median(painted) : null;
    figures[`${site}.bytes`] = median(loads[site].map((s) => s.bytes.total));
    figures[`${site}.js`] = median(loads[site].map((s) => s.bytes.js));
    figures[`${site}.task`] = median(loads[site].map((s) => s.longestTaskMs));
    for (const kind of ['few', 'all'] as const) {
      const steps = played[site].flatMap((p) => p[kind]);
      figures[`${site}.${kind}.median`] = median(steps);
      figures[`${site}.${kind}.p95`] = quantile(steps, 0.95);
    }
  }
  const verdicts = judge(figures, (f) => f.startsWith('lighthouse.') && options.lighthouseRuns === 0);
  const missed = misses(verdicts);

  const when = new Date().toISOString();
  const busy = Object.values(loads)
    .flat()
    .filter((s) => !s.machineQuiet).length;
  const kinds = loads.app[0]?.bytes;
  const notes = [
    ...(busy > 0 ? [`${busy} loads began while the machine was busy: their timings are inflated`] : []),
    ...SITES.flatMap((site) =>
      [...new Set([...loads[site], ...played[site]].flatMap((s) => s.errors))].map((e) => `${site}: ${e}`),
    ),
    ...heap.errors.map((e) => `heap: ${e}`),
    ...lighthouseRuns.flatMap((r) => (r.error ? [`lighthouse: ${r.error}`] : [])),
    ...(lighthouse?.failing ?? []).map((f) => `Lighthouse takes points off for ${f}`),
  ];
  console.log(
    [
      `\nHuawei ban map — performance, ${when.slice(0, 16).replace('T', ' ')} UTC, ${gitState()}, ${cpus().length} × ${cpus()[0]?.model.trim()}`,
      `Chromium headless, 412×823 phone, ${CPU_THROTTLE}× CPU, loads: median of ${options.runs}; ` +
        `100× = ${sites.updates.x100} updates (real: ${sites.updates.real})\n`,
      table(verdicts),
      kinds &&
        `\nFirst view, app: ${(['html', 'css', 'js', 'json', 'other'] as const).map((k) => `${k} ${fmt(kinds[k], 'KB')}`).join(', ')}`,
      ...notes.map((n) => `! ${n}`),
      missed.length === 0
        ? '\nEvery budget holds.'
        : `\nBudgets missed (${missed.length}):\n  - ${missed.join('\n  - ')}`,
      `Took ${Math.round((Date.now() - started) / 1000)} s. JSON: ${OUT}/latest.json`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  const raw = { loads, playback: played, heap, lighthouse: lighthouseRuns };
  const json = { when, git: gitState(), options, updates: sites.updates, figures, verdicts, raw };
  await writeFile(join(OUT, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  return options.check && missed.length > 0 ? 1 : 0;
}

let code = 2;
try {
  code = await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await cleanUp();
}
process.exit(code);
