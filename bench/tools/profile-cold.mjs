// Cold-start CPU profile (issue #12): runs each side's cold handler (bench/lib/sections.mjs COLD_ENTRIES) as a
// fresh `node --cpu-prof` process against the loopback Graph stand-in, several runs interleaved, and prints the
// median self time per area across runs: each bundled module (the bundle is built unminified for this, so
// esbuild's `// path` header before every module says whose code a sample is in), each Node-internal module,
// GC and the rest. The .cpuprofile files stay in bench/results/prof-cold/<side>/ (Chrome DevTools → Performance).
// Needs a fresh `npx tsup --no-dts` (the handlers import dist/).
//
//   node bench/tools/profile-cold.mjs                    raw and wabakit, 7 runs each, top 25 areas
//   node bench/tools/profile-cold.mjs raw,ky,wabakit 9 40
//   node bench/tools/profile-cold.mjs wabakit 5 40 --functions                   bundle time per function
//   node bench/tools/profile-cold.mjs wabakit 5 25 --stacks 'createSupportedAlgorithms'   who calls a function
//
// Unminified code compiles and runs a little differently from the minified bench bundle: the absolute figures
// are for attribution; the cold ratio itself comes from bench/tools/cold.mjs.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../lib/bundles.mjs';
import { startGraphServer } from '../lib/processes.mjs';
import { COLD_ENTRIES } from '../lib/sections.mjs';
import { median } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const ESBUILD_OPTIONS = require('../lib/esbuild-options.cjs');

const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--stacks');
const sides = (positional[0] ?? 'raw,wabakit').split(',');
const runs = Number(positional[1] ?? 7);
const top = Number(positional[2] ?? 25);
const stacksIndex = process.argv.indexOf('--stacks');
const stacksOf = stacksIndex > 0 ? new RegExp(process.argv[stacksIndex + 1]) : undefined;
// --functions: bundle areas per function (`module functionName:line`) instead of per module.
const byFunction = process.argv.includes('--functions');

/** Builds the side's handler unminified; returns its path and the line where each bundled module starts. */
async function buildReadable(side) {
  const outfile = join(ROOT, `bench/results/build/prof-cold-${side}.mjs`);
  await esbuild.build({ ...ESBUILD_OPTIONS, minify: false, entryPoints: [join(ROOT, COLD_ENTRIES[side])], absWorkingDir: ROOT, outfile, logLevel: 'warning' });
  const starts = [];
  readFileSync(outfile, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const match = /^\/\/ (\S+\.(?:m?js|cjs|ts))$/.exec(line);
      if (match) starts.push({ line: i, module: match[1].replace(/^.*node_modules\//, '').replace(/^bench\/results\/dist-snapshot\//, 'dist/') });
    });
  return { outfile, starts };
}

function moduleAt(starts, line) {
  let low = 0;
  let high = starts.length - 1;
  let found = 'bundle (entry)';
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid].line <= line) {
      found = starts[mid].module;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/** Self time (µs) per area of one profile, plus the total and the stacks of `stacksOf` functions. */
function attribute(file, bundle, starts) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const areas = new Map();
  const stacks = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    if (t === 0) continue;
    total += t;
    const { url, functionName, lineNumber } = node.callFrame;
    let area;
    if (url.endsWith(bundle)) {
      // The bundle's top level is one function holding every module's top-level statements: split its self time
      // (and any function's) by the lines its samples were on (`positionTicks`, 1-based lines).
      const name = lineNumber === 0 ? '(top level)' : functionName || '(anon)';
      const ticks = node.positionTicks ?? [{ line: lineNumber + 1, ticks: 1 }];
      const sum = ticks.reduce((s, tick) => s + tick.ticks, 0);
      for (const tick of ticks) {
        const key = `bundle: ${moduleAt(starts, tick.line - 1)}${byFunction ? ` ${name}:${lineNumber === 0 ? tick.line : lineNumber + 1}` : ''}`;
        areas.set(key, (areas.get(key) ?? 0) + (t * tick.ticks) / sum);
      }
    } else if (url.startsWith('node:')) area = url.replace(/^node:internal\/deps\//, 'node deps: ').replace(/^node:/, 'node ');
    else if (url === '') area = functionName;
    else area = url.replace(`file://${ROOT}`, '');
    if (area !== undefined) areas.set(area, (areas.get(area) ?? 0) + t);
    if (stacksOf) {
      // Any sample whose stack holds a matching function: the path from the root, outermost first.
      const chain = [];
      let matched = false;
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        const frame = byId.get(id).callFrame;
        if (stacksOf.test(frame.functionName)) matched = true;
        chain.push(`${frame.functionName || '(anon)'}@${frame.url.endsWith(bundle) ? moduleAt(starts, frame.lineNumber) : frame.url.replace(/^node:internal\//, '')}:${frame.lineNumber + 1}`);
      }
      if (matched) {
        const key = chain.reverse().join(' > ');
        stacks.set(key, (stacks.get(key) ?? 0) + t);
      }
    }
  }
  return { total, areas, stacks };
}

const builds = {};
for (const side of sides) builds[side] = await buildReadable(side);
const results = Object.fromEntries(sides.map((side) => [side, []]));
const server = await startGraphServer();
try {
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 === 0 ? sides : [...sides].reverse()) {
      const dir = join(ROOT, 'bench/results/prof-cold', side, String(i));
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=100', builds[side].outfile], {
        env: { ...process.env, BENCH_GRAPH_URL: server.url },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        timeout: 60_000,
      });
      if (run.status !== 0 || !run.stdout.includes('done')) throw new Error(`${side}: cold run failed (status ${run.status})`);
      const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
      results[side].push(attribute(file, builds[side].outfile.split('/').at(-1), builds[side].starts));
    }
  }
} finally {
  server.stop();
}

const ms = (us) => (us / 1000).toFixed(2).padStart(7);
for (const side of sides) {
  const list = results[side];
  const names = new Set(list.flatMap((r) => [...r.areas.keys()]));
  const rows = [...names].map((name) => [name, median(list.map((r) => r.areas.get(name) ?? 0))]).sort((a, b) => b[1] - a[1]);
  const bundled = median(list.map((r) => [...r.areas].filter(([n]) => n.startsWith('bundle')).reduce((s, [, t]) => s + t, 0)));
  console.log(`\n== ${side}: sampled ${ms(median(list.map((r) => r.total)))} ms (median of ${list.length}), bundle code ${ms(bundled)} ms`);
  for (const [name, t] of rows.slice(0, top)) console.log(`  ${ms(t)} ms  ${name}`);
  if (stacksOf) {
    const merged = new Map();
    for (const r of list) for (const [key, t] of r.stacks) merged.set(key, (merged.get(key) ?? 0) + t / list.length);
    console.log(`  stacks through /${stacksOf.source}/ (mean per run):`);
    for (const [key, t] of [...merged].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${ms(t)} ms  ${key}`);
  }
}
