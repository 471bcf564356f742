import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// The public entries (package.json `exports`): `wabakit/phone` is the only module that loads libphonenumber-js, and
// `wabakit/testing/server` the only one that references `node:http` (so `wabakit/testing` bundles for Workers and
// edge runtimes).
const ENTRIES = {
  index: 'src/index.ts',
  phone: 'src/phone.ts',
  webhooks: 'src/webhooks/index.ts',
  testing: 'src/testing/index.ts',
  'testing-server': 'src/testing/server/index.ts',
  cams: 'src/cams/index.ts',
  redis: 'src/redis/index.ts',
};

const COMMON = {
  target: 'node22',
  platform: 'neutral',
  // `node:` built-ins stay imports, written as `node:http`: tsup 9 strips the prefix by default, and a bare `http`
  // is what bundlers for Workers could not resolve (only `wabakit/testing/server` imports one).
  external: ['ky', 'zod', 'libphonenumber-js', /^node:/],
  removeNodeProtocol: false,
  clean: false,
} satisfies Options;

// Three builds into one dist/, run in parallel by tsup, so dist/ is cleared once here (tsup's own `clean` would race).
//
// - ESM, unbundled: one file per src/ module (dist/index.js, dist/client.js, dist/core/…), each entry at the path
//   `exports` names (src/cams.ts etc. re-export the entry's folder). A bundler then drops every module a handler
//   does not import ("sideEffects": false) — with tsup's chunks it could only drop statements, and every zod schema
//   of a chunk stayed (a `.check()` call is not provably pure): 43.2 kB against 34.1 kB gzip for the verify +
//   register handler (issue #12, docs/performance.md).
//   Bundlers pick it through the `module` condition of `exports` (esbuild, webpack, rollup, Vite, rolldown), and
//   through `worker` / `browser` when they set conditions of their own (wrangler, Vercel Edge): esbuild then no
//   longer adds `module`.
// - ESM for Node, bundled per entry with shared chunks, in dist/node/: what `import 'wabakit'` loads in Node,
//   which ignores `module`. Node pays per module file it loads: importing `WabaClient` from the one-file-per-module
//   build added 7.6–8.4 MB of RSS against 2.3–2.6 MB for the same code in one file (issue #12's peak-RSS budget,
//   docs/performance.md). The entries share their chunks, so `wabakit` and `wabakit/cams` hold the same classes.
// - CJS, bundled per entry with shared chunks: `require('wabakit')` in Node services, where bundle size does not
//   matter (ky 2 itself is ESM-only and is loaded through Node's require(esm)).
// - Declarations for both (`.d.ts`, `.d.cts`), one per entry; skipped by `--no-dts`.
export default defineConfig((cli) => {
  const outDir = cli.outDir ?? 'dist';
  rmSync(outDir, { recursive: true, force: true });
  const builds: Options[] = [
    { ...COMMON, entry: ['src/**/*.ts', '!src/**/*.d.ts'], format: ['esm'], bundle: false, sourcemap: true },
    { ...COMMON, entry: ENTRIES, format: ['esm'], outDir: `${outDir}/node`, splitting: true, treeshake: true, sourcemap: true, dts: false },
    { ...COMMON, entry: ENTRIES, format: ['cjs'], splitting: true, treeshake: true, sourcemap: true, dts: false },
  ];
  if (cli.dts !== false) builds.push({ ...COMMON, entry: ENTRIES, format: ['esm', 'cjs'], dts: { only: true } });
  return builds;
});
