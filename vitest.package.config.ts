import { defineConfig } from 'vitest/config';

/** The packed-tarball smoke test: needs `npm run build` first; run by .ci/run on Node 22. */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
