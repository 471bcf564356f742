// esbuild options shared by `npm run bench` (bench/lib/bundles.mjs) and `.size-limit.cjs`, so the bench
// table and the CI budget measure the same bundle: one ESM file for Node, minified, with every dependency
// (ky, zod, libphonenumber-js) inlined — what a serverless user's bundler produces. No code splitting: a
// single-file bundle is the common Lambda set-up, and it is the case where a dynamic import() still ships
// its target inside the bundle.
'use strict';

module.exports = {
  bundle: true,
  minify: true,
  treeShaking: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
};
