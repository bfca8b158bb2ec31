import { writeFile } from 'node:fs/promises';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';

export interface LighthouseSample {
  /** Scores 0–100, CLS as Lighthouse shows it (3 decimals), total blocking time in ms. */
  figures: Record<'performance' | 'accessibility' | 'bestPractices' | 'cls' | 'tbt', number | null> | null;
  /** Audits that lost points, to say why a score missed. */
  failing: string[];
  error?: string;
}

/** Chromes started for Lighthouse and not yet closed: killed on abort (see run.ts). */
export const lighthouseChromes = new Set<{ kill(): void }>();

const score = (s: number | null | undefined) => (typeof s === 'number' ? Math.round(s * 100) : null);

/**
 * Lighthouse through its Node API with its defaults (the mobile preset, simulated throttling), in
 * a Chromium of its own. The full report goes to `reportPath`.
 */
export async function runLighthouse(url: string, reportPath: string): Promise<LighthouseSample> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([
    import('lighthouse'),
    import('chrome-launcher'),
  ]);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
    logLevel: 'silent',
  });
  lighthouseChromes.add(chrome);
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!run) throw new Error('Lighthouse returned no result');
    const { lhr } = run;
    await writeFile(reportPath, typeof run.report === 'string' ? run.report : JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs.flatMap((ref) => {
        const a = lhr.audits[ref.id];
        const counts = ref.weight > 0 || a?.scoreDisplayMode === 'binary';
        if (!a || !counts || a.score === null || a.score >= 1) return [];
        return [`${category.id}: ${a.id} (${a.displayValue ?? `score ${a.score}`})`];
      }),
    );
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue;
    const figures = {
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      bestPractices: score(lhr.categories['best-practices']?.score),
      cls: cls === undefined ? null : Math.round(cls * 1000) / 1000,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? null,
    };
    return { figures, failing };
  } catch (error) {
    return { figures: null, failing: [], error: (error as Error).message.split('\n')[0]! };
  } finally {
    lighthouseChromes.delete(chrome);
    chrome.kill();
  }
}
