import { defineConfig } from 'vitest/config';

/**
 * Four suites, each runnable alone (`npm run test:unit`, `test:cli`, `test:build`, `test:browser`); `vitest run`
 * runs all.
 * The build and browser suites build fixture archives with the real `astro build`, once per run and fixture
 * (tests/support/build-site.ts), so they get room on a two-core machine.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'],
          // Some tests load and parse the whole registry (about 4,000 records); on a busy machine that alone can take
          // more than the default 5 s. Speed goals live in `npm run bench`, not in test timeouts.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'cli',
          include: ['tests/cli/**/*.test.ts'],
          // Each test starts Node processes that load the whole registry; slow when the machine is busy.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts', 'tests/support/browser-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
