// CAMS warm-path CPU profile (issue #12): runs CamsClient's warm loop (`waba().phoneNumbers.list()`, the call
// bench/cams.mjs measures) under `node --cpu-prof` against a loopback CAMS stand-in, then prints the profile's self
// time by area and the top functions of wabakit's own code (dist/) and of zod. The .cpuprofile stays in
// bench/results/prof/cams/ (open it in Chrome DevTools → Performance). Needs a fresh build (`npx tsup --no-dts`).
//
//   node bench/tools/profile-cams.mjs              4000 calls, top 25 functions
//   node bench/tools/profile-cams.mjs 8000 40      more calls, top 40
//   DIST=/tmp/old-dist node bench/tools/profile-cams.mjs   profile another build (A/B against a saved dist/)
//
// The loop itself (`--loop <origin> <calls>`) runs in a child so that the profile holds the client only; the QPS
// limiter is off, as in bench/cams.mjs (it exists to wait, which is not overhead).

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startCamsServer } from '../lib/cams-server.mjs';
import { frameKey, printProfile, readCpuProfile, selfTimes } from '../lib/cpu-profile.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env.DIST ?? join(ROOT, 'dist');

if (process.argv[2] === '--loop') {
  const [origin, callsArg] = process.argv.slice(3);
  const { CamsClient } = await import(pathToFileURL(join(DIST, 'cams.js')).href);
  const client = new CamsClient({
    accessKeyId: 'LTAI5tBenchKeyId0001',
    accessKeySecret: 'BenchSecretValue0123456789abcdefghij',
    custSpaceId: 'cams-bench0001',
    endpoint: origin,
    qpsLimit: false,
    logLevel: 'off',
  });
  const calls = Number(callsArg);
  for (let i = 0; i < 300; i++) await client.waba().phoneNumbers.list();
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < calls; i++) {
    const numbers = await client.waba().phoneNumbers.list();
    if (numbers.length !== 1) throw new Error('unexpected response');
  }
  const used = process.cpuUsage(cpu);
  const wall = performance.now() - started;
  console.log(JSON.stringify({ calls, cpuMicrosPerCall: Math.round((used.user + used.system) / calls), wallMicrosPerCall: Math.round((wall * 1000) / calls) }));
  process.exit(0);
}

const calls = Number(process.argv[2] ?? 4000);
const top = Number(process.argv[3] ?? 25);


function report(dir) {
  const profile = readCpuProfile(dir);
  const distUrl = pathToFileURL(DIST).href;
  const rename = (url) => url.replace(distUrl, 'dist').replace(`file://${ROOT}`, '');
  const areaOf = (url, frame) =>
    url.startsWith('dist') ? 'wabakit (dist/)' : /node_modules\/(zod)\//.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node internals' : url === '' ? frame.functionName : 'other');
  // Inclusive time of wabakit's functions: each sample counts once for every dist/ function on its stack (an async
  // function resumed after an await is on the stack of its continuation, so it is counted there too).
  const parent = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at).callFrame;
      if (frame.url.startsWith(distUrl)) seen.add(frameKey(frame, (url) => url.replace(distUrl, 'dist')));
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  printProfile(selfTimes(profile, { rename, areaOf }), {
    areaCount: 12,
    top,
    groups: [
      ['wabakit (dist/)', (k) => k.includes(' dist')],
      ['zod', (k) => /node_modules\/zod\//.test(k)],
      ['everything', () => true],
    ],
    inclusive: { title: 'wabakit (dist/)', times: inclusive },
  });
}

const server = await startCamsServer();
try {
  const dir = join(ROOT, 'bench/results/prof/cams');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', fileURLToPath(import.meta.url), '--loop', `http://127.0.0.1:${server.port}`, String(calls)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000, env: { ...process.env, DIST } },
  );
  if (run.status !== 0) throw new Error(`CAMS warm loop failed (status ${run.status})`);
  console.log(`\n== cams (${DIST}): ${run.stdout.trim()}`);
  report(dir);
} finally {
  server.stop();
}
