import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderShell } from './scripts/lib/prerenderShell.ts';

// Relative base so the built site works from any path a newsroom hosts it under.
export default defineConfig(({ command }) => ({
  base: './',
  // The dev server reloads edited components in place (React's fast refresh); the build puts the
  // page's first render into index.html (scripts/lib/prerenderShell.ts), which src/app/startApp.tsx hydrates;
  // STORY=path/to/dataset.json builds the site for that dataset instead of the bundled one.
  plugins: command === 'serve' ? [react()] : [prerenderShell({ dataset: process.env.STORY })],
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
