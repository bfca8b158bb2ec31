import type { Browser } from 'playwright-core';
import { withPage } from '../withPage';

export type ByteKind = 'html' | 'css' | 'js' | 'json' | 'other';

export interface LoadSample {
  /** The end of the first frame showing a coloured country, ms from navigation start; null: none came. */
  paintedMs: number | null;
  /** The longest main-thread task (Long Tasks API: 50 ms or more) until quiet; 0 when there was none. */
  longestTaskMs: number;
  /** Bytes on the wire (gzip bodies and headers, CDP encodedDataLength) of every request until quiet. */
  bytes: Record<ByteKind | 'total', number>;
  requests: { path: string; kind: ByteKind; bytes: number }[];
  /** Whether the machine was quiet when the load began (false: the figures were taken while busy). */
  machineQuiet: boolean;
  errors: string[];
}

/** No request in flight for this long, after the load event and the painted frame: the page is quiet. */
const IDLE_MS = 1_000;
const TIMEOUT_MS = 30_000;

/**
 * Runs before the document parses. The same test on both pages: the first animation frame with a
 * coloured shape on screen, timed when that frame's main-thread work (style, layout, paint) is done —
 * a message posted from the frame callback is delivered after it. The frame's own timestamp is its
 * start, which would not count the cost of drawing the shapes.
 * A string, not a function: tsx's name helpers would not exist in the page.
 */
const PROBE = `(() => {
  const probe = { painted: null, longTasks: [] };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  const coloured = 'svg path[data-status]:not([data-status="none"])';
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { probe.painted = performance.now(); };
  const frame = () => {
    for (const el of document.querySelectorAll(coloured))
      if (el.checkVisibility()) return void channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

function kindOf(type: string | undefined, path: string): ByteKind {
  if (type === 'Document') return 'html';
  if (type === 'Script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'Stylesheet' || /\.css$/.test(path)) return 'css';
  return /\.json$/.test(path) ? 'json' : 'other';
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** One cold load of `url`, measured until the page is quiet (see IDLE_MS). */
export function measureLoad(browser: Browser, url: string): Promise<LoadSample> {
  return withPage(browser, { initScript: PROBE }, async ({ page, cdp, errors, machineQuiet }) => {
    const requests = new Map<string, { path: string; kind: ByteKind; bytes: number }>();
    const inFlight = new Set<string>();
    let lastActivity = Date.now();
    const settle = (id: string, bytes: number) => {
      const request = requests.get(id);
      if (request) request.bytes = bytes;
      inFlight.delete(id);
      lastActivity = Date.now();
    };
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url) || requests.has(e.requestId)) return;
      const path = new URL(e.request.url).pathname;
      requests.set(e.requestId, { path, kind: kindOf(e.type, path), bytes: 0 });
      inFlight.add(e.requestId);
      lastActivity = Date.now();
    });
    cdp.on('Network.loadingFinished', (e) => settle(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFailed', (e) => settle(e.requestId, 0));

    const deadline = Date.now() + TIMEOUT_MS;
    let painted: number | null = null;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
      // Polled from here, not the page: a poll in the page would be main-thread work in the load.
      for (;;) {
        if (Date.now() > deadline) throw new Error(`not quiet within ${TIMEOUT_MS / 1000} s`);
        if (inFlight.size === 0 && Date.now() - lastActivity >= IDLE_MS) {
          painted = await page.evaluate<number | null>('window.__benchProbe.painted');
          if (painted !== null) break;
          lastActivity = Date.now();
        }
        await sleep(100);
      }
    } catch (error) {
      errors.push((error as Error).message.split('\n')[0]!);
    }
    const longTasks = await page.evaluate<number[]>('window.__benchProbe.longTasks').catch(() => []);
    const bytes = { html: 0, css: 0, js: 0, json: 0, other: 0, total: 0 };
    for (const r of requests.values()) {
      bytes[r.kind] += r.bytes;
      bytes.total += r.bytes;
    }
    return {
      paintedMs: painted,
      longestTaskMs: Math.max(0, ...longTasks),
      bytes,
      requests: [...requests.values()],
      machineQuiet,
      errors: [...errors],
    };
  });
}
