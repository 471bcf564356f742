// Enforces the bundle-size budgets of `.size-limit.cjs` without size-limit's `@size-limit/file` plugin: same
// entries, same esbuild options (bench/lib/esbuild-options.cjs), gzip level 9, size-limit's units (kB = 1000 B).
// Exits 1 when a bundle is over its limit. Needs a fresh `npm run build` (the entries import `dist/`).
//
//   node bench/size-check.mjs

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measureBundle, parseLimit, ROOT } from './lib/bundles.mjs';

const require = createRequire(import.meta.url);
const checks = require(join(ROOT, '.size-limit.cjs'));

let failed = false;
for (const check of checks) {
  const { gzipBytes, minBytes, contributors } = await measureBundle(check.path);
  const limitBytes = parseLimit(check.limit);
  const ok = gzipBytes <= limitBytes;
  failed ||= !ok;
  const size = `${(gzipBytes / 1000).toFixed(2)} kB gzip (${(minBytes / 1000).toFixed(1)} kB minified)`;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${check.name}: ${size}, limit ${check.limit}`);
  if (!ok) {
    console.log(`     largest: ${contributors.map((c) => `${c.owner} ${(c.minBytes / 1000).toFixed(1)} kB`).join(', ')}`);
  }
}
if (failed) {
  console.log('\nOver budget. See docs/performance.md ("When a size budget fails") for how to find the cause.');
  process.exitCode = 1;
}
