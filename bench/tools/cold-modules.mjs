// Module evaluation cost of the cold handler (issue #12): bundles bench/bundles/cold-sdk.mjs unminified (else as
// the bench does), puts a `performance.now()` mark before every bundled module (esbuild's `// path` header lines are
// top-level statement boundaries), runs it as a fresh process several times and prints the median time of each
// module's top-level statements (zod schemas built at module level, tables, ky's feature probes…), largest first.
// The handler's own statements (construct, first call) are the last row. Undici is loaded before the bundle
// (`globalThis.Request`), as raw fetch loads it too: what is left is the bundle's own cost. Needs a fresh
// `npx tsup --no-dts`.
//
//   node bench/tools/cold-modules.mjs          15 runs, top 30
//   node bench/tools/cold-modules.mjs 21 50
//   node bench/tools/cold-modules.mjs 15 30 --entry path/to/what-if-handler.mjs   any handler that prints `done`

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../lib/bundles.mjs';
import { startGraphServer } from '../lib/processes.mjs';
import { COLD_ENTRIES } from '../lib/sections.mjs';
import { median } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const ESBUILD_OPTIONS = require('../lib/esbuild-options.cjs');
const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--entry');
const runs = Number(positional[0] ?? 15);
const top = Number(positional[1] ?? 30);
const entryIndex = process.argv.indexOf('--entry');
const entry = entryIndex > 0 ? process.argv[entryIndex + 1] : join(ROOT, COLD_ENTRIES.wabakit);
const dir = join(ROOT, 'bench/results/build/modules');
mkdirSync(dir, { recursive: true });

const plain = join(dir, 'cold-sdk-plain.mjs');
await esbuild.build({ ...ESBUILD_OPTIONS, minify: false, entryPoints: [entry], absWorkingDir: ROOT, outfile: plain, logLevel: 'warning' });
const names = [];
const lines = readFileSync(plain, 'utf8')
  .split('\n')
  .map((line) => {
    const match = /^\/\/ (\S+\.(?:m?js|cjs|ts))$/.exec(line);
    if (!match) return line;
    names.push(match[1].replace(/^.*node_modules\//, ''));
    return `${line}\n__marks.push(performance.now());`;
  });
const marked = join(dir, 'cold-sdk-marked.mjs');
writeFileSync(
  marked,
  [
    'void globalThis.Request; void new Response("x").body;',
    'const __marks = [];',
    ...lines,
    '__marks.push(performance.now());',
    'process.stdout.write(`\\n${JSON.stringify(__marks)}\\n`);',
  ].join('\n'),
);

const samples = [];
const server = await startGraphServer();
try {
  for (let i = 0; i < runs + 1; i++) {
    const run = spawnSync(process.execPath, [marked], { env: { ...process.env, BENCH_GRAPH_URL: server.url }, encoding: 'utf8', timeout: 60_000 });
    if (run.status !== 0 || !run.stdout.includes('done')) throw new Error(`marked bundle failed: ${run.stderr}`);
    if (i > 0) samples.push(JSON.parse(run.stdout.trim().split('\n').at(-1)));
  }
} finally {
  server.stop();
}
const rows = names.map((name, i) => [name, median(samples.map((marks) => marks[i + 1] - marks[i]))]);
const all = median(samples.map((marks) => marks.at(-1) - marks[0]));
const modulesOnly = median(samples.map((marks) => marks.at(-2) - marks[0]));
console.log(`bundle top level: ${modulesOnly.toFixed(1)} ms for ${names.length} modules before the handler; with the handler ${all.toFixed(1)} ms (medians of ${runs})`);
for (const [name, ms] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms.toFixed(2).padStart(6)} ms  ${name}`);
