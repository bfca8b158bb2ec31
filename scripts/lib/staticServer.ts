import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Text types a CDN would compress; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => {
      if (coding?.trim() !== 'gzip' && coding?.trim() !== '*') return false;
      const q = params.find((p) => p.trim().startsWith('q='));
      return q === undefined || Number(q.trim().slice(2)) > 0;
    });
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Added to every response (e.g. the CSP the README documents); may override cache-control. */
  headers?: Record<string, string>;
  port?: number;
  /**
   * Gzip text files (level 9, as a host that pre-compresses would) when the request accepts
   * it, so the benchmark counts the bytes a reader downloads. Compressed bodies are cached per
   * file and modification time: compression must not show up in load timings.
   */
  gzip?: boolean;
}

/**
 * A small static file server for the built site (tests and benchmark): loopback only, no
 * directory listing, no path escapes.
 */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, { mtimeMs: number; raw: Buffer; gzip: Buffer | null }>();
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(base, path);
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        let entry = cache.get(file);
        if (!entry || entry.mtimeMs !== info.mtimeMs) {
          const raw = await readFile(file);
          const gzip = options.gzip && COMPRESSIBLE.has(extname(file)) ? gzipSync(raw, { level: 9 }) : null;
          cache.set(file, (entry = { mtimeMs: info.mtimeMs, raw, gzip }));
        }
        const compressed = entry.gzip !== null && acceptsGzip(req);
        const body = compressed ? entry.gzip! : entry.raw;
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          'content-length': String(body.length),
          ...(options.gzip ? { vary: 'accept-encoding' } : {}),
          ...(compressed ? { 'content-encoding': 'gzip' } : {}),
          ...options.headers,
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res
          .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
          .end('<!doctype html><title>Not found</title><h1>404</h1>');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
