import { defineConfig, type PluginOption } from 'vite';
import prefresh from '@prefresh/vite';
import { prerenderShell } from './scripts/lib/prerenderShell.ts';
import { prefetchLaterChunk } from './scripts/lib/prefetchLaterChunk.ts';

/**
 * The app is written against React's API and ships on preact/compat: React + react-dom are about
 * 70 KB gzip, more than half of the first view's 100 KB JavaScript budget, and Preact with its
 * compat layer is about 7 KB (README "Performance"). Every build, the dev server, the e2e suite
 * (which tests the production build) and the component tests (vitest.config.ts) use the same
 * aliases, so what is tested is what ships.
 */
export const preactAliases = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

// Relative base so the built site works from any path a newsroom hosts it under.
export default defineConfig(({ command }) => ({
  base: './',
  // Hot reload of components in the dev server by Prefresh, Preact's fast refresh: React's (through
  // @vitejs/plugin-react) reported updates that never reached the screen under preact/compat. The
  // JSX itself needs no plugin: Vite compiles it to react/jsx-runtime (tsconfig "react-jsx"),
  // which the aliases point at Preact's.
  // (Cast: Prefresh is typed against an older Vite's plugin type.)
  // The build puts the page's first render into index.html (scripts/lib/prerenderShell.ts), and
  // has the framework, which the entry imports once the map is drawn, fetched with the entry
  // (scripts/lib/prefetchLaterChunk.ts).
  plugins:
    command === 'serve'
      ? [prefresh() as unknown as PluginOption]
      : [prerenderShell({ alias: preactAliases }), prefetchLaterChunk('/src/app/startApp.tsx')],
  resolve: { alias: preactAliases },
  // Said outright because Prefresh would otherwise switch the dev server to classic `h()` JSX.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    target: 'es2022',
    // No inline scripts or module preload polyfill: the built page must run under a strict CSP.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      // react-query marks modules "use client" for React Server Components, which a client-only
      // bundle neither has nor needs: the warning about dropping the directive is noise here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
}));
