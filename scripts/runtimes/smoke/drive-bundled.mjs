// Host side of the bundled runtimes, run by Node in the throwaway project: bundles worker.mjs (workerd) or edge.mjs
// (edge-runtime) with esbuild the way a Worker or an Edge Function is built, starts a loopback simulator for the
// `retrieve()` case, dispatches a request into the runtime (one per Worker configuration) and prints the results.
//
//   node drive-bundled.mjs workerd|edge   (env: SMOKE_ESBUILD, SMOKE_MINIFLARE or SMOKE_EDGE_RUNTIME, SMOKE_COMPAT_DATE)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSimulator } from 'wabakit/testing/server';
import { RESULT_PREFIX, RUNTIME_PREFIX, seedLoopback } from './suite.mjs';

const target = process.argv[2];
const here = import.meta.dirname;
const emit = (result) => console.log(RESULT_PREFIX + JSON.stringify(result));
const importFrom = (dir, file) => import(pathToFileURL(join(dir, file)).href);
const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

const BUILDS = {
  // What wrangler does for a Worker without nodejs_compat: browser platform, the workerd/worker conditions.
  workerd: { entry: 'worker.mjs', format: 'esm', conditions: ['workerd', 'worker', 'browser'], out: 'worker.bundle.mjs' },
  // What Next.js/Vercel do for an Edge Function: the edge-light condition, one script.
  edge: { entry: 'edge.mjs', format: 'iife', conditions: ['edge-light', 'worker', 'browser'], out: 'edge.bundle.js' },
};

async function bundle(build) {
  const started = Date.now();
  const esbuild = await import(pathToFileURL(process.env.SMOKE_ESBUILD).href);
  const outfile = join(here, build.out);
  try {
    await esbuild.build({
      entryPoints: [join(here, build.entry)],
      bundle: true,
      format: build.format,
      platform: 'browser',
      conditions: build.conditions,
      target: 'es2022',
      outfile,
      logLevel: 'silent',
    });
  } catch (error) {
    const text = (error.errors ?? []).map((e) => `${e.text}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}`).join('; ');
    emit({ case: `esbuild bundle for ${build.conditions[0]} (platform browser, no Node built-ins)`, status: 'failed', ms: Date.now() - started, detail: text || String(error) });
    return undefined;
  }
  const code = readFileSync(outfile, 'utf8');
  // platform 'browser' with no externals: a Node built-in anywhere in the graph fails the build (the error above).
  emit({
    case: `esbuild bundle for ${build.conditions[0]} (platform browser, no Node built-ins)`,
    status: 'passed',
    ms: Date.now() - started,
    detail: `${(code.length / 1024).toFixed(0)} KiB`,
  });
  return code;
}

/** One Worker per set of compatibility flags; each answers one request with the results of its cases. */
async function dispatchWorkerd(code, url, { flags }) {
  const { Miniflare } = await importFrom(process.env.SMOKE_MINIFLARE, 'dist/src/index.js');
  // The bundle as an explicit module list, as wrangler passes it: with `script` + `modules: true` miniflare walks the
  // code itself and refuses any `import(variable)` (wabakit's lazy `wabakit/phone` load is one), which wrangler
  // does not.
  const mf = new Miniflare({
    modules: [{ type: 'ESModule', path: join(here, 'worker.bundle.mjs'), contents: code }],
    compatibilityDate: process.env.SMOKE_COMPAT_DATE,
    compatibilityFlags: flags,
  });
  try {
    const response = await mf.dispatchFetch(url);
    return await response.text();
  } finally {
    await mf.dispose();
  }
}

async function dispatchEdge(code, url) {
  const { EdgeRuntime } = await importFrom(process.env.SMOKE_EDGE_RUNTIME, 'dist/index.js');
  const runtime = new EdgeRuntime({ initialCode: code });
  const response = await runtime.dispatchFetch(url);
  const text = await response.text();
  await response.waitUntil();
  return text;
}

// A production Worker: no compatibility flags (no nodejs_compat).
const INVOCATIONS = {
  workerd: [{ flags: [], cases: {} }],
  edge: [{ cases: {} }],
};

const build = BUILDS[target];
if (!build) throw new Error(`unknown target ${target}`);
if (target === 'workerd') {
  const miniflare = process.env.SMOKE_MINIFLARE;
  console.log(`${RUNTIME_PREFIX}workerd ${versionOf(join(miniflare, '../workerd'))} via miniflare ${versionOf(miniflare)}`);
} else {
  console.log(`${RUNTIME_PREFIX}Vercel edge-runtime ${versionOf(process.env.SMOKE_EDGE_RUNTIME)} (a Node ${process.versions.node} vm)`);
}
const code = await bundle(build);
if (code !== undefined) {
  const server = await startSimulator({ port: 0, seed: 1 });
  try {
    const loopback = seedLoopback(server.simulator, server.url);
    for (const invocation of INVOCATIONS[target]) {
      const query = new URLSearchParams({ loopback: JSON.stringify(loopback), cases: JSON.stringify(invocation.cases) });
      const text = await (target === 'workerd' ? dispatchWorkerd : dispatchEdge)(code, `http://smoke.invalid/?${query}`, invocation);
      let results;
      try {
        results = JSON.parse(text);
      } catch {
        results = [{ case: 'the runtime answered with results', status: 'failed', ms: 0, detail: text.slice(0, 500) }];
      }
      for (const result of results) emit({ ...result, case: result.case + (invocation.suffix ?? '') });
    }
  } finally {
    await server.close();
  }
}
