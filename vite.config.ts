import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { alias: preactAliases },
  build: {
    target: 'es2022',
    // No inline scripts or module preload polyfill: the built page must run under a strict CSP.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
