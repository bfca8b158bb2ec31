import { rm } from 'node:fs/promises';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A second origin, for pages that embed the app cross-origin. */
    otherOrigin: string;
  }
}

let app: StaticServer | undefined;
let other: StaticServer | undefined;

/**
 * End-to-end tests run against the production build, as readers get it: build once into
 * dist-e2e/, serve it on loopback, and serve tests/e2e/host/ from a second origin.
 */
export default async function setup(project: TestProject) {
  // A directory per run, so two test runs on one machine never serve each other's half-built files.
  const outDir = `dist-e2e/run-${process.pid}`;
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build;
  // readers get the production one, so the tests do too.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // As a static host such as GitHub Pages serves it: with the documented CSP, and CORS open so a
  // publisher may sandbox the iframe without allow-same-origin (an opaque origin).
  app = await startStaticServer(outDir, {
    headers: { 'content-security-policy': CSP, 'access-control-allow-origin': '*' },
  });
  other = await startStaticServer('tests/e2e/host');
  project.provide('baseUrl', app.url);
  project.provide('otherOrigin', other.url);
  return async () => {
    await app?.close();
    await other?.close();
    await rm(outDir, { recursive: true, force: true });
  };
}

/** The Content-Security-Policy the README documents; the e2e suite proves the app runs under it. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
