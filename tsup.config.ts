import { defineConfig } from 'tsup';

// ESM and CJS with declarations for both: CJS services on Node 22 still `require('wabakit')` (ky 2 itself is
// ESM-only and is loaded through Node's require(esm)). Subpath entries keep heavy or optional code out of the
// main bundle: `wabakit/phone` is the only module that loads libphonenumber-js.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    phone: 'src/phone.ts',
    webhooks: 'src/webhooks/index.ts',
    testing: 'src/testing/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node22',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  external: ['ky', 'zod', 'libphonenumber-js'],
});
