// The five measurements of issue #6. Each runs the wabakit side and its baseline in the same run, in separate
// fresh processes, alternating sides round by round so that drift (thermal, other load) hits both equally.

import { join } from 'node:path';
import { buildFile, measureBundle, ROOT, sizeBudgets, sizeBundles } from './bundles.mjs';
import { runJsonChild, timeColdStart } from './processes.mjs';
import { median, medianOf } from './stats.mjs';

const child = (name) => join(ROOT, 'bench/children', name);

/** 1. Warm overhead: sequential and concurrent `retrieve()` vs fetch + JSON.parse. */
export async function warm(url, { rounds, sequential, concurrent, inFlight }) {
  const runs = { raw: [], sdk: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['raw', 'sdk']) {
      runs[mode].push(await runJsonChild(child('warm.mjs'), { args: [mode, url, sequential, concurrent, inFlight].map(String) }));
    }
  }
  const side = (list) => ({
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
  return { rounds, sequentialCalls: sequential, concurrentCalls: concurrent, inFlight, sdk: side(runs.sdk), raw: side(runs.raw), runs };
}

/** 2. Cold start to first completed call: bundled handler vs bundled raw fetch, each a new process. */
export async function cold(url, { runs }) {
  const sdkFile = await buildFile('bench/bundles/cold-sdk.mjs', 'bench/results/build/cold-sdk.mjs');
  const rawFile = await buildFile('bench/bundles/cold-raw.mjs', 'bench/results/build/cold-raw.mjs');
  const env = { BENCH_GRAPH_URL: url };
  // One untimed run each: the first spawn pays for the OS file cache, which a warm serverless host has.
  await timeColdStart(rawFile, env);
  await timeColdStart(sdkFile, env);
  const samples = { raw: [], sdk: [] };
  for (let i = 0; i < runs; i++) {
    samples.raw.push(await timeColdStart(rawFile, env));
    samples.sdk.push(await timeColdStart(sdkFile, env));
  }
  const side = (list) => ({
    firstCallMs: median(list.map((s) => s.firstCallMs)),
    exitMs: median(list.map((s) => s.exitMs)),
  });
  return { runs, sdk: side(samples.sdk), raw: side(samples.raw), samples };
}

/** 3. Bundle sizes (minified, gzip) of each entry, with the budgets of `.size-limit.cjs`. */
export async function sizes() {
  const budgets = sizeBudgets();
  const results = [];
  for (const bundle of sizeBundles()) {
    const budget = bundle.entry ? budgets.get(bundle.entry) : undefined;
    const measured = bundle.entry ? await measureBundle(bundle.entry) : undefined;
    results.push({ ...bundle, ...measured, budget });
  }
  return results;
}

/** 4. Pagination: `for await` over 10,000 numbers (100 pages) vs a raw fetch loop, each side in its own process. */
export async function pagination(url, { rounds, pageSize }) {
  const runs = { raw: [], sdk: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of ['raw', 'sdk']) {
      runs[mode].push(await runJsonChild(child('paginate.mjs'), { nodeArgs: ['--expose-gc'], args: [mode, url, String(pageSize)] }));
    }
  }
  const side = (list) => ({
    count: list[0].count,
    wallMs: medianOf(list, (r) => r.wallMs),
    maxRssBytes: medianOf(list, (r) => r.maxRssBytes),
    rssGrowthBytes: medianOf(list, (r) => r.rssGrowthBytes),
    heapGrowthBytes: medianOf(list, (r) => r.heapGrowthBytes),
  });
  return { rounds, pageSize, sdk: side(runs.sdk), raw: side(runs.raw), runs };
}

/** 5. Validation cost: `PhoneNumberInfo.safeParse` of the largest response vs `JSON.parse` of its body. */
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
