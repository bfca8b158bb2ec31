import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { PHONE } from './browser';
import { waitForQuiet } from './quiet';

/** The name of the mark the app (and the baseline) set right after the map's first fills. */
export const PAINTED_MARK = 'hbm:map-painted';

export type ByteClass = 'js' | 'css' | 'json' | 'other';

export interface RequestRecord {
  url: string;
  class: ByteClass;
  /** Bytes on the wire (CDP Network.loadingFinished encodedDataLength: gzip body + headers). */
  bytes: number;
  /** Milliseconds after navigation start that the request was sent. */
  sentMs: number;
}

export interface LoadSample {
  /** Navigation start → first animation frame after the mark; null when the mark never came. */
  paintedMs: number | null;
  /** When the mark itself was set. */
  markMs: number | null;
  /** Navigation start → the frame after that one (the painted frame has been produced). */
  nextFrameMs: number | null;
  /** Navigation start → the first paint with content (Paint Timing); null when there was none. */
  contentfulPaintMs: number | null;
  /** Longest main-thread task (Long Tasks API, ≥ 50 ms) from navigation until settle; null: none. */
  longestTaskMs: number | null;
  longTasks: { startMs: number; durationMs: number }[];
  /** Requests the first view made (sent before the map was painted). */
  requests: RequestRecord[];
  /** Requests sent after the paint, with no interaction, while settling (not in the first view). */
  lateRequests: RequestRecord[];
  bytes: Record<ByteClass | 'total', number>;
  /** Whether the machine was quiet when the load began (false: the figure was taken while busy). */
  quiet: boolean;
  errors: string[];
}

/**
 * Installed before any page script: records long tasks and, when the painted mark appears,
 * the first animation frame after it (and the one after that), then tells the driver.
 * A string, not a function: tsx's name helpers would not exist in the page.
 */
const PROBE = `(() => {
  const probe = { longTasks: [], mark: null, painted: null, nextFrame: null };
  Object.defineProperty(window, '__hbmProbe', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ startMs: e.startTime, durationMs: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const onMark = (t) => {
    if (probe.mark !== null) return;
    probe.mark = t;
    requestAnimationFrame(() => {
      probe.painted = performance.now();
      requestAnimationFrame(() => {
        probe.nextFrame = performance.now();
        if (typeof window.__hbmPainted === 'function') window.__hbmPainted();
      });
    });
  };
  // Told of the mark as it is set, not by an observer: Chromium delivers observer callbacks in a
  // task of their own, which can run after the frame that follows the mark and after whatever
  // else the page queued, so the frame timed was often the second one after the mark.
  const mark = performance.mark.bind(performance);
  performance.mark = (...args) => {
    const entry = mark(...args);
    if (args[0] === '${PAINTED_MARK}') onMark(entry.startTime);
    return entry;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === '${PAINTED_MARK}') onMark(e.startTime);
  }).observe({ type: 'mark', buffered: true });
})();`;

function classify(url: string, mimeType: string): ByteClass {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path) || /javascript/.test(mimeType)) return 'js';
  if (/\.css$/.test(path) || mimeType === 'text/css') return 'css';
  if (/\.json$/.test(path) || /json/.test(mimeType)) return 'json';
  return 'other';
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Resolves once the frame after the painted mark has run. */
  painted: Promise<void>;
  network: NetworkLog;
  errors: string[];
}

interface NetworkEntry {
  url: string;
  sentTs: number;
  mimeType: string;
  bytes: number | null;
  isDocument: boolean;
}

class NetworkLog {
  readonly entries = new Map<string, NetworkEntry>();
  navigationTs: number | null = null;

  attach(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url) || this.entries.has(e.requestId)) return;
      const isDocument = e.type === 'Document';
      if (isDocument && this.navigationTs === null) this.navigationTs = e.timestamp;
      this.entries.set(e.requestId, {
        url: e.request.url,
        sentTs: e.timestamp,
        mimeType: '',
        bytes: null,
        isDocument,
      });
    });
    cdp.on('Network.responseReceived', (e) => {
      const entry = this.entries.get(e.requestId);
      if (entry) entry.mimeType = e.response.mimeType;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const entry = this.entries.get(e.requestId);
      if (entry) entry.bytes = e.encodedDataLength;
    });
    cdp.on('Network.loadingFailed', (e) => {
      const entry = this.entries.get(e.requestId);
      if (entry) entry.bytes = 0;
    });
  }

  /** Requests sent up to `untilMs` after navigation start. */
  sentBy(untilMs: number): NetworkEntry[] {
    const t0 = this.navigationTs;
    if (t0 === null) return [];
    return [...this.entries.values()].filter((e) => (e.sentTs - t0) * 1000 <= untilMs);
  }
}

/**
 * A fresh context (empty cache) and page with the probe, CPU throttling and the network log.
 * `cache: false` (cold loads) also bypasses the HTTP cache for everything the page fetches later.
 */
export async function openPage(
  browser: Browser,
  throttle: number,
  options: { cache?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    let resolvePainted!: () => void;
    const painted = new Promise<void>((ok) => (resolvePainted = ok));
    await page.exposeFunction('__hbmPainted', () => resolvePainted());
    await page.addInitScript(PROBE);
    const cdp = await context.newCDPSession(page);
    const network = new NetworkLog();
    network.attach(cdp);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !options.cache });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return { context, page, cdp, painted, network, errors };
  } catch (error) {
    await context.close();
    throw error;
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, fail) => {
      timer = setTimeout(
        () => fail(new Error(`${what}: no '${PAINTED_MARK}' mark within ${ms / 1000} s`)),
        ms,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

interface ProbeState {
  longTasks: { startMs: number; durationMs: number }[];
  mark: number | null;
  painted: number | null;
  nextFrame: number | null;
}

/**
 * Navigates an opened page to `url` and waits for the map to be painted (or `timeoutMs`),
 * then `settleMs` more so long tasks right after the paint count as part of the load.
 * The page stays open (the caller may go on to step through the timeline on it).
 */
export async function loadOnce(
  opened: OpenedPage,
  url: string,
  options: { timeoutMs: number; settleMs: number },
): Promise<LoadSample> {
  const { page, network, errors } = opened;
  const quiet = await waitForQuiet();
  await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs });
  try {
    await withTimeout(opened.painted, options.timeoutMs, url);
  } catch (error) {
    errors.push((error as Error).message);
  }
  await sleep(options.settleMs);
  const probe = await page.evaluate<ProbeState>('window.__hbmProbe');
  const contentfulPaintMs = await page.evaluate<number | null>(
    `performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null`,
  );
  // What the first view loaded: requests sent before the painted frame (or, if the mark never
  // came, before now). Give late finishers a moment to report their size.
  const cutoff = probe.painted ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20 && network.sentBy(cutoff).some((e) => e.bytes === null); i++) await sleep(100);
  const record = (e: NetworkEntry): RequestRecord => ({
    url: e.url,
    class: classify(e.url, e.mimeType),
    bytes: e.bytes ?? 0,
    sentMs: Math.round((e.sentTs - network.navigationTs!) * 1000),
  });
  const requests = network.sentBy(cutoff).map(record);
  const firstView = new Set(requests.map((r) => r.url));
  const lateRequests = network
    .sentBy(Number.POSITIVE_INFINITY)
    .map(record)
    .filter((r) => !firstView.has(r.url));
  const bytes = { js: 0, css: 0, json: 0, other: 0, total: 0 };
  for (const r of requests) {
    bytes[r.class] += r.bytes;
    bytes.total += r.bytes;
  }
  const longTasks = probe.longTasks.filter(
    (t) => t.startMs <= (probe.painted ?? Infinity) + options.settleMs,
  );
  return {
    paintedMs: probe.painted,
    markMs: probe.mark,
    nextFrameMs: probe.nextFrame,
    contentfulPaintMs,
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks.map((t) => t.durationMs)) : null,
    longTasks,
    requests,
    lateRequests,
    bytes,
    quiet,
    errors: [...errors],
  };
}
