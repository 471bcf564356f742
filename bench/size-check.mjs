// The size budgets of `.size-limit.cjs`, checked with esbuild alone (same entries, same options, gzip level 9,
// size-limit's units: kB = 1000 B), with issue #12's ≤ 30 kB per-handler target printed beside each CI limit.
// Exits 1 when a bundle is over its CI limit; a missed #12 target is reported, not failed (it is the goal the
// limits ratchet down to, not met today). Needs a fresh `npm run build` (the entries import `dist/`).
//
//   node bench/size-check.mjs             the table
//   node bench/size-check.mjs --suggest   also the limits to paste into `.size-limit.cjs` (measured + ≤ 3 %)
//   node bench/size-check.mjs --json      machine-readable

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measureBundle, parseLimit, ROOT } from './lib/bundles.mjs';

const require = createRequire(import.meta.url);
const checks = require(join(ROOT, '.size-limit.cjs'));
const { sizedBundles } = require(join(ROOT, 'bench/lib/entries.cjs'));
const byPath = new Map(sizedBundles().map((bundle) => [bundle.path, bundle]));
const args = process.argv.slice(2);

/** Measured gzip rounded up to 10 B, +2 %: always within the 3 % the budgets allow. */
export function suggestLimit(gzipBytes) {
  const bytes = Math.ceil((gzipBytes * 1.02) / 10) * 10;
  return `${(bytes / 1000).toFixed(2)} kB`;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const rows = [];
for (const check of checks) {
  const bundle = byPath.get(check.path);
  const { gzipBytes, minBytes, contributors } = await measureBundle(check.path);
  const limitBytes = check.limit === undefined ? undefined : parseLimit(check.limit);
  const targetBytes = bundle?.target === undefined ? undefined : parseLimit(bundle.target);
  rows.push({
    id: bundle?.id,
    name: bundle?.name ?? check.name,
    path: check.path,
    minBytes,
    gzipBytes,
    limit: check.limit,
    ok: limitBytes === undefined ? undefined : gzipBytes <= limitBytes,
    headroom: limitBytes === undefined ? undefined : (limitBytes - gzipBytes) / gzipBytes,
    target: bundle?.target,
    targetMet: targetBytes === undefined ? undefined : gzipBytes <= targetBytes,
    suggested: suggestLimit(gzipBytes),
    contributors,
  });
}

if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('| Bundle | min | gzip | CI limit | status | headroom | #12 target | target |');
  console.log('| --- | ---: | ---: | ---: | --- | ---: | ---: | --- |');
  for (const row of rows) {
    const status = row.ok === undefined ? 'no limit yet' : row.ok ? 'ok' : '**FAIL**';
    const headroom = row.headroom === undefined ? '' : `${(row.headroom * 100).toFixed(1)} %`;
    const target = row.targetMet === undefined ? '' : row.targetMet ? 'met' : `**missed** by ${kB(row.gzipBytes - parseLimit(row.target))}`;
    console.log(`| ${row.name} | ${kB(row.minBytes)} | ${kB(row.gzipBytes)} | ${row.limit ?? '—'} | ${status} | ${headroom} | ${row.target ?? '—'} | ${target} |`);
  }
  for (const row of rows.filter((r) => r.ok === false)) {
    console.log(`\nFAIL ${row.name}: ${kB(row.gzipBytes)} gzip > ${row.limit}; largest: ${row.contributors.map((c) => `${c.owner} ${(c.minBytes / 1000).toFixed(1)} kB`).join(', ')}`);
  }
  if (args.includes('--suggest')) {
    console.log('\nSuggested limits (measured gzip + 2 %, rounded up to 10 B):');
    for (const row of rows) console.log(`  '${row.id}': '${row.suggested}',`);
  }
}
if (rows.some((row) => row.ok === false)) {
  if (!args.includes('--json')) console.log('\nOver budget. See docs/performance.md ("When a size budget fails") for how to find the cause.');
  process.exitCode = 1;
}
