import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the app build and the test projects. Tests are split so that `npm test`
// can run the fast suites first and the browser suites against the built app last.
export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    target: 'es2022',
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
