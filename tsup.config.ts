import { defineConfig } from 'tsup';

// ESM and CJS with declarations for both: CJS services on Node 22 still `require('wabakit')` (ky 2 itself is
// ESM-only and is loaded through Node's require(esm)). Subpath entries keep heavy or optional code out of the
// main bundle: `wabakit/phone` is the only module that loads libphonenumber-js, and `wabakit/testing/server` the only
// one that references `node:http` (so `wabakit/testing` bundles for Workers and edge runtimes).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    phone: 'src/phone.ts',
    webhooks: 'src/webhooks/index.ts',
    testing: 'src/testing/index.ts',
    'testing-server': 'src/testing/server/index.ts',
    cams: 'src/cams/index.ts',
    redis: 'src/redis/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node22',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  // `node:` built-ins stay imports, written as `node:http`: tsup 9 strips the prefix by default, and a bare `http`
  // is what bundlers for Workers could not resolve (only `wabakit/testing/server` imports one).
  external: ['ky', 'zod', 'libphonenumber-js', /^node:/],
  removeNodeProtocol: false,
});
