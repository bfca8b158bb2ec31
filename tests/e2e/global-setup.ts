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
  await build({ logLevel: 'warn', build: { outDir: 'dist-e2e', emptyOutDir: true } });
  app = await startStaticServer('dist-e2e', { headers: { 'content-security-policy': CSP } });
  other = await startStaticServer('tests/e2e/host');
  project.provide('baseUrl', app.url);
  project.provide('otherOrigin', other.url);
  return async () => {
    await app?.close();
    await other?.close();
  };
}

/** The Content-Security-Policy the README documents; the e2e suite proves the app runs under it. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
