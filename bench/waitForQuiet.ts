import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Busy and total CPU time since boot, from /proc/stat (null elsewhere). */
async function cpuTimes(): Promise<[busy: number, total: number] | null> {
  const line = await readFile('/proc/stat', 'utf8').then(
    (t) => t.split('\n')[0]!,
    () => null,
  );
  if (!line) return null;
  const n = line.trim().split(/\s+/).slice(1).map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  return [total - (n[3] ?? 0) - (n[4] ?? 0), total];
}

/**
 * Waits (600 ms to 2 s) for two 250 ms windows in a row with under 0.3 cores busy: each new
 * headless window starts a WebUI renderer that burns about a second of CPU, which would land in
 * the next measurement on a 2-core machine. False when the machine never got quiet.
 */
export async function waitForQuiet(): Promise<boolean> {
  const start = Date.now();
  let before = await cpuTimes();
  for (let quiet = 0; before && Date.now() - start < 2_000;) {
    await sleep(250);
    const now = (await cpuTimes())!;
    quiet = ((now[0] - before[0]) / Math.max(1, now[1] - before[1])) * cpus().length < 0.3 ? quiet + 1 : 0;
    before = now;
    if (quiet >= 2 && Date.now() - start >= 600) return true;
  }
  if (!before) await sleep(1_500);
  return !before;
}
