// Bundle-size budgets (issue #6), enforced in CI with `npm run size`. Each check bundles one entry with esbuild
// exactly as `npm run bench` does (bench/lib/esbuild-options.cjs: one minified ESM file for Node, ky, zod and
// libphonenumber-js inlined) and compares the gzip size (level 9) with the limit. Units: kB = 1000 bytes.
// Needs a fresh `npm run build`: the entries import `dist/`. See docs/performance.md.
'use strict';

const options = require('./bench/lib/esbuild-options.cjs');

// size-limit's esbuild plugin bundles to an IIFE for browsers by default, which would drop every export of an
// `export *` entry; use the bench's settings instead.
const modifyEsbuildConfig = (config) => ({ ...config, ...options });

module.exports = [
  {
    name: 'client + PhoneNumber + Verification',
    path: 'bench/bundles/client-phone-verification.mjs',
    limit: '25 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
  {
    name: 'everything exported except the testing entry',
    path: 'bench/bundles/public-entries.mjs',
    limit: '45 kB',
    gzip: true,
    modifyEsbuildConfig,
  },
];
