import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the built site works from any path a newsroom hosts it under.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    // No inline scripts or module preload polyfill: the built page must run under a strict CSP.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
