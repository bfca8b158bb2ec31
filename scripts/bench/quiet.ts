import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';

async function cpuTimes(): Promise<{ busy: number; total: number } | null> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
    const [, ...fields] = line.trim().split(/\s+/);
    const n = fields.map(Number);
    const total = n.reduce((a, b) => a + b, 0);
    const idle = (n[3] ?? 0) + (n[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Waits until the machine is quiet: less than `maxBusyCores` cores busy over a `windowMs` window
 * (from /proc/stat), twice in a row and after at least `minMs`, waiting at most `maxMs`. Each new browser window in Chromium's new headless mode
 * starts a top-chrome WebUI renderer that burns about a second of CPU; on a 2-core machine that
 * would land in the measured load. Also rides out short bursts from other work on the machine.
 * Returns whether it got quiet (false: timed out, the figure is taken on a busy machine).
 */
export async function waitForQuiet(
  options: { minMs?: number; maxMs?: number; windowMs?: number; maxBusyCores?: number } = {},
): Promise<boolean> {
  const { minMs = 600, maxMs = 2_000, windowMs = 250, maxBusyCores = 0.3 } = options;
  const start = Date.now();
  const deadline = start + maxMs;
  let before = await cpuTimes();
  if (!before) {
    await sleep(1_500);
    return true;
  }
  const cores = cpus().length;
  let quietWindows = 0;
  while (Date.now() < deadline) {
    await sleep(windowMs);
    const now = await cpuTimes();
    if (!now) return true;
    const busy = ((now.busy - before.busy) / Math.max(1, now.total - before.total)) * cores;
    before = now;
    quietWindows = busy < maxBusyCores ? quietWindows + 1 : 0;
    // Two quiet windows in a row, and not before the WebUI renderer has had time to start.
    if (quietWindows >= 2 && Date.now() - start >= minMs) return true;
  }
  return false;
}

/** The 1-minute load average, per core (1.0 = every core busy). */
export function loadPerCore(): number {
  return (loadavg()[0] ?? 0) / Math.max(1, cpus().length);
}
