// Bundle-size budgets (issues #6 and #12), enforced in CI with `npm run size` (scripts/size/check.sh). Each check
// bundles one public entry or one handler of bench/lib/entries.cjs with esbuild exactly as `npm run bench` does
// (bench/lib/esbuild-options.cjs: one minified ESM file for Node, ky, zod and libphonenumber-js inlined) and
// compares the gzip size (level 9) with its limit. Units: kB = 1000 bytes. Needs a fresh `npm run build`.
//
// The limits are regression guards, not goals: each is the size measured when it was set, rounded up by at most
// 3 % (`node bench/size-check.mjs` shows the headroom and #12's ≤ 30 kB per-handler target beside it). A
// change that grows a bundle past its limit fails CI; raise a limit only in the commit that adds the weight, and
// say why there. Lower it whenever a bundle shrinks.
'use strict';

const options = require('./bench/lib/esbuild-options.cjs');
const { sizedBundles } = require('./bench/lib/entries.cjs');

// Measured at 87b9ee6 (a clean `git archive` of HEAD, 22:38 UTC), gzip + 2 %: see docs/performance.md, "Budgets".
const LIMITS = {
  'entry-index': '58.54 kB',
  'entry-phone': '34.25 kB',
  'entry-webhooks': '17.35 kB',
  'entry-testing': '31.93 kB',
  'entry-testing-server': '33.79 kB',
  'entry-redis': '4.17 kB',
  'entry-cams': '57.08 kB',
  'handler-retrieve': '56.21 kB',
  'handler-verify-register': '56.21 kB',
  'handler-webhooks': '16.57 kB',
  'handler-cams': '54.87 kB',
};

// size-limit's esbuild plugin bundles to an IIFE for browsers by default, which would drop every export of an
// `export *` entry; use the bench's settings instead.
const modifyEsbuildConfig = (config) => ({ ...config, ...options });

module.exports = sizedBundles().map((bundle) => ({
  name: bundle.target ? `${bundle.name} (#12 target ${bundle.target})` : bundle.name,
  path: bundle.path,
  // A bundle without a limit yet (a new entry) is measured and reported, not enforced: bench/size-check.mjs flags it.
  ...(LIMITS[bundle.id] === undefined ? {} : { limit: LIMITS[bundle.id] }),
  gzip: true,
  modifyEsbuildConfig,
}));

