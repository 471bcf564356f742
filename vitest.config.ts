import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**'],
    setupFiles: ['test/setup.ts'],
    // Property-based suites run thousands of cases; give them room on a shared 2-core machine.
    testTimeout: 60_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      thresholds: {
        'src/core/**': { lines: 90, branches: 85 },
        'src/errors/**': { lines: 95, branches: 90 },
      },
    },
  },
});
