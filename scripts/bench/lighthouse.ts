import { writeFile } from 'node:fs/promises';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium';

export interface LighthouseResult {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  cls: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** Audits that lost points in the three categories, for the diagnosis. */
  failing: string[];
  error?: string;
}

/** Chromes started for Lighthouse and not yet killed: the caller's cleanup kills them on abort. */
const live = new Set<{ kill(): void }>();
export function killLighthouseChromes() {
  for (const chrome of live) chrome.kill();
  live.clear();
}

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null);

/**
 * Lighthouse 12 (its default: the mobile preset with simulated throttling) on one URL, in a
 * Chromium started by chrome-launcher with the e2e flags plus --headless=new. The full JSON
 * report goes to `reportPath`. Loopback only: the site is local and Lighthouse fetches nothing else.
 */
export async function runLighthouse(url: string, reportPath: string): Promise<LighthouseResult> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
  ]);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  live.add(chrome);
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!run) throw new Error('Lighthouse returned no result');
    const lhr = run.lhr;
    await writeFile(reportPath, typeof run.report === 'string' ? run.report : JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const numeric = (id: string) => {
      const v = lhr.audits[id]?.numericValue;
      return typeof v === 'number' ? v : null;
    };
    const failing: string[] = [];
    for (const id of ['performance', 'accessibility', 'best-practices']) {
      const category = lhr.categories[id];
      for (const ref of category?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
        failing.push(`${id}: ${ref.id} (${audit.displayValue ?? `score ${audit.score}`})`);
      }
    }
    return {
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      bestPractices: score(lhr.categories['best-practices']?.score),
      cls: numeric('cumulative-layout-shift'),
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      failing,
    };
  } catch (error) {
    return {
      performance: null,
      accessibility: null,
      bestPractices: null,
      cls: null,
      fcpMs: null,
      lcpMs: null,
      tbtMs: null,
      failing: [],
      error: (error as Error).message.split('\n')[0],
    };
  } finally {
    live.delete(chrome);
    chrome.kill();
  }
}
