import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { prerenderShell } from './scripts/lib/prerenderShell.ts';

// STORY=path/to/dataset.json builds the site for that dataset instead of the bundled one: its
// story reaches the page as a constant (src/shared/build/buildStory.ts), so the header and the
// tab say it before the data has loaded, or if it fails to.
const story = process.env.STORY;
const datasetPath = resolve(story ?? 'public/data/huawei-5g.json');
const storyOfFile = (JSON.parse(readFileSync(datasetPath, 'utf8')) as { story?: unknown }).story ?? null;

// Relative base so the built site works from any path a newsroom hosts it under.
export default defineConfig(({ command }) => ({
  base: './',
  define: {
    __BUILD_STORY__: JSON.stringify(storyOfFile),
    __DATASET_FILE__: JSON.stringify(story ? basename(datasetPath) : 'huawei-5g.json'),
  },
  // The dev server reloads edited components in place (React's fast refresh); the build puts the
  // page's first render into index.html (scripts/lib/prerenderShell.ts), which src/app/startApp.tsx hydrates.
  plugins: command === 'serve' ? [react()] : [prerenderShell({ dataset: story })],
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
