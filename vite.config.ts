import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { preloadApp } from './scripts/build/preload-app-plugin.ts';
import { serviceWorker } from './scripts/build/service-worker-plugin.ts';

/**
 * Nothing may leave the device: the built app may load scripts, styles and data from its own
 * origin only. Added at build time because the dev server needs an inline script for React
 * refresh.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// One config for the app build and the test projects. Tests are split so that `npm test`
// can run the fast suites first and the browser suites against the built app last.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadApp(), serviceWorker()],
  base: './',
  build: {
    target: 'es2022',
    // Every browser the app supports preloads modules itself; the polyfill only cost the first
    // script a scan of the page's links.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Budget for the initial chunk is measured by `npm run bench`, not enforced here.
    chunkSizeWarningLimit: 400,
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/{unit,content,flows,components}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/support/setup.ts'],
          testTimeout: 30_000,
          // Vitest leaves one core to itself by default; on a two-core machine that runs the
          // files one at a time, and the route tests (two files) are most of the suite's work.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
