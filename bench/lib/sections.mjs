// The measurements of issues #6 and #12. Every side (bench/peers/sides.mjs: raw fetch, bare ky, two peer SDKs and
// wabakit) runs in its own fresh process, and the sides take turns round by round — in an order that rotates
// each round — so that drift (thermal, other load on the shared machine) hits all of them alike.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildFile, measureBundle, ROOT, sizeBudgets } from './bundles.mjs';
import { runJsonChild, timeColdStart } from './processes.mjs';
import { median, medianOf } from './stats.mjs';
import { SIDES } from '../peers/sides.mjs';

const require = createRequire(import.meta.url);
const { sizedBundles } = require('./entries.cjs');
const child = (name) => join(ROOT, 'bench/children', name);

/** The sides in round `round`'s order: rotated by one each round. */
const turn = (round) => SIDES.map((_, i) => SIDES[(i + round) % SIDES.length]);

/** The single-file handler each side is measured with: create a client, read one number, print `done`. */
export const COLD_ENTRIES = {
  raw: 'bench/bundles/cold-raw.mjs',
  ky: 'bench/peers/handlers/cold-ky.mjs',
  'great-detail': 'bench/peers/handlers/cold-great-detail.mjs',
  kapso: 'bench/peers/handlers/cold-kapso.mjs',
  wabakit: 'bench/bundles/cold-sdk.mjs',
};

/** Warm overhead: sequential and concurrent reads of the full number node, per side. */
export async function warm(url, { rounds, sequential, concurrent, inFlight }) {
  const runs = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let round = 0; round < rounds; round++) {
    for (const side of turn(round)) {
      runs[side].push(await runJsonChild(child('warm.mjs'), { args: [side, url, sequential, concurrent, inFlight].map(String) }));
    }
  }
  const summary = (list) => ({
    sequential: {
      medianUs: medianOf(list, (r) => r.seq.medianUs),
      p90Us: medianOf(list, (r) => r.seq.p90Us),
      cpuUsPerCall: medianOf(list, (r) => r.seq.cpuUsPerCall),
    },
    concurrent: {
      medianUs: medianOf(list, (r) => r.conc.medianUs),
      p90Us: medianOf(list, (r) => r.conc.p90Us),
      cpuUsPerCall: medianOf(list, (r) => r.conc.cpuUsPerCall),
      callsPerSecond: medianOf(list, (r) => r.conc.callsPerSecond),
    },
  });
  const sides = Object.fromEntries(SIDES.map((side) => [side, summary(runs[side])]));
  return { rounds, sequentialCalls: sequential, concurrentCalls: concurrent, inFlight, sides, runs };
}

/** Cold start to first completed call: each side's bundled handler, a brand-new process per run. */
export async function cold(url, { runs }) {
  const files = {};
  for (const side of SIDES) files[side] = await buildFile(COLD_ENTRIES[side], `bench/results/build/cold-${side}.mjs`);
  const env = { BENCH_GRAPH_URL: url };
  // One untimed run each: the first spawn pays for the OS file cache, which a warm serverless host has.
  for (const side of SIDES) await timeColdStart(files[side], env);
  const samples = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let i = 0; i < runs; i++) for (const side of turn(i)) samples[side].push(await timeColdStart(files[side], env));
  const summary = (list) => ({ firstCallMs: median(list.map((s) => s.firstCallMs)), exitMs: median(list.map((s) => s.exitMs)) });
  return { runs, sides: Object.fromEntries(SIDES.map((side) => [side, summary(samples[side])])), samples };
}

/**
 * Bundle sizes (minified, gzip level 9): every public entry and handler of bench/lib/entries.cjs with its CI
 * budget from `.size-limit.cjs`, each side's cold-start handler, and the zod/mini + ky floor.
 */
export async function sizes() {
  const budgets = sizeBudgets();
  const bundles = [];
  for (const bundle of sizedBundles()) bundles.push({ ...bundle, ...(await measureBundle(bundle.path)), budget: budgets.get(bundle.path) });
  const sides = {};
  for (const side of SIDES) sides[side] = { entry: COLD_ENTRIES[side], ...(await measureBundle(COLD_ENTRIES[side])) };
  const baseline = { entry: 'bench/bundles/baseline-zod-mini-ky.mjs', ...(await measureBundle('bench/bundles/baseline-zod-mini-ky.mjs')) };
  return { bundles, sides, baseline };
}

/** Pagination: `for await` over 10,000 numbers (100 pages) per side, each in its own process. */
export async function pagination(url, { rounds, pageSize }) {
  const runs = Object.fromEntries(SIDES.map((side) => [side, []]));
  for (let round = 0; round < rounds; round++) {
    for (const side of turn(round)) {
      runs[side].push(await runJsonChild(child('paginate.mjs'), { nodeArgs: ['--expose-gc'], args: [side, url, String(pageSize)] }));
    }
  }
  const summary = (list) => ({
    count: list[0].count,
    wallMs: medianOf(list, (r) => r.wallMs),
    maxRssBytes: medianOf(list, (r) => r.maxRssBytes),
    rssGrowthBytes: medianOf(list, (r) => r.rssGrowthBytes),
    heapGrowthBytes: medianOf(list, (r) => r.heapGrowthBytes),
  });
  return { rounds, pageSize, sides: Object.fromEntries(SIDES.map((side) => [side, summary(runs[side])])), runs };
}

/** Validation cost: `PhoneNumberInfo.safeParse` of the largest response vs `JSON.parse` of its body. */
export async function validation({ rounds, iterations }) {
  const runs = [];
  for (let round = 0; round < rounds; round++) runs.push(await runJsonChild(child('validate.mjs'), { args: [String(iterations)] }));
  return {
    rounds,
    iterations,
    bodyBytes: runs[0].bodyBytes,
    validateUs: medianOf(runs, (r) => r.validateUs),
    jsonParseUs: medianOf(runs, (r) => r.jsonParseUs),
    runs,
  };
}
