import { defineConfig } from 'vitest/config';

/**
 * Three projects, named for where the tests run: `unit` (pure TypeScript), `build` (builds content
 * sets into temporary folders and reads the HTML) and `browser` (real Chromium on the built site).
 * Build and browser tests share one global setup that builds each content set once.
 */
export default defineConfig({
  test: {
    projects: [
      // Some unit tests start a process (npm run validate, fixtures): room for a busy machine.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
