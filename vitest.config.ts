import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Built-site and browser suites build real sites; give them room on a two-core machine.
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
