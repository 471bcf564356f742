// Cold-start phases (issue #12): where a fresh process spends its time before the first call completes, for the
// wabakit cold handler (the same calls as bench/bundles/cold-sdk.mjs) and for one raw fetch. wabakit's part is
// bundled like the bench bundles it (bench/lib/esbuild-options.cjs: minified, ky and zod inlined) into its own
// file so that the child can time `import()` of it; the child then times `new WabaCore`, the first `retrieve`
// and, for comparison, nothing else. Each phase is the median over runs (fresh processes, sides interleaved).
// Needs a fresh `npx tsup --no-dts`.
//
//   node bench/tools/cold-phases.mjs          21 runs
//   node bench/tools/cold-phases.mjs 41
//   node bench/tools/cold-phases.mjs 21 --preload   both sides load undici first (`globalThis.Request`), so that
//                                                   `import` is wabakit's own compile + evaluation and `firstCall`
//                                                   compares like with like

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../lib/bundles.mjs';
import { startGraphServer } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const ESBUILD_OPTIONS = require('../lib/esbuild-options.cjs');
const runs = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 21);
const preload = process.argv.includes('--preload') ? 'void globalThis.Request; void new Response("x").body;\n' : '';
const dir = join(ROOT, 'bench/results/build/phases');
mkdirSync(dir, { recursive: true });

const lib = join(dir, 'wabakit-lib.mjs');
await esbuild.build({
  ...ESBUILD_OPTIONS,
  stdin: { contents: "export { PhoneNumberCore, WabaCore } from './dist/index.js';", resolveDir: ROOT, sourcefile: 'cold-lib.mjs' },
  absWorkingDir: ROOT,
  outfile: lib,
  logLevel: 'warning',
});

// `performance.now()` counts from the process's time origin, so the first mark includes Node's own start-up.
const children = {
  wabakit: `${preload}
const t0 = performance.now();
const { PhoneNumberCore, WabaCore } = await import(${JSON.stringify(lib)});
const t1 = performance.now();
const core = new WabaCore({ accessToken: 'EAAbenchmarktoken', baseUrl: process.env.BENCH_GRAPH_URL });
const phone = new PhoneNumberCore(core, '106540352242922');
const t2 = performance.now();
const number = await phone.retrieve({ fields: ['status', 'quality_rating', 'display_phone_number'] });
const t3 = performance.now();
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
console.log(JSON.stringify({ start: t0, import: t1 - t0, construct: t2 - t1, firstCall: t3 - t2, total: t3 }));
`,
  raw: `${preload}
const t0 = performance.now();
const response = await fetch(process.env.BENCH_GRAPH_URL + '/v23.0/106540352242922?fields=status%2Cquality_rating%2Cdisplay_phone_number', {
  headers: { authorization: 'Bearer EAAbenchmarktoken' },
});
const number = JSON.parse(await response.text());
const t3 = performance.now();
if (number.status !== 'CONNECTED') throw new Error('unexpected response');
console.log(JSON.stringify({ start: t0, import: 0, construct: 0, firstCall: t3 - t0, total: t3 }));
`,
};
const files = {};
for (const [side, code] of Object.entries(children)) {
  files[side] = join(dir, `phases-${side}.mjs`);
  writeFileSync(files[side], code);
}

const sides = Object.keys(children);
const samples = Object.fromEntries(sides.map((side) => [side, []]));
const server = await startGraphServer();
try {
  for (let i = 0; i < runs + 1; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const run = spawnSync(process.execPath, [files[side]], { env: { ...process.env, BENCH_GRAPH_URL: server.url }, encoding: 'utf8', timeout: 60_000 });
      if (run.status !== 0) throw new Error(`${side} failed: ${run.stderr}`);
      if (i > 0) samples[side].push(JSON.parse(run.stdout.trim().split('\n').at(-1))); // run 0: file cache, untimed
    }
  }
} finally {
  server.stop();
}
for (const side of sides) {
  const list = samples[side];
  const cell = (key) => `${key} ${median(list.map((s) => s[key])).toFixed(1)} ms`;
  console.log(`${side.padEnd(8)} ${['start', 'import', 'construct', 'firstCall', 'total'].map(cell).join('  ')}`);
}
