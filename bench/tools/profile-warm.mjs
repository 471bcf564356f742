// Warm-path CPU profile (issue #12): runs the bench's warm loop (bench/children/warm.mjs) for one or more sides
// under `node --cpu-prof` against the loopback Graph stand-in, then prints each profile's self time by area and
// the top functions of wabakit's own code (dist/) and of zod/ky. The .cpuprofile files stay in
// bench/results/prof/<side>/ (open them in Chrome DevTools → Performance). Needs a fresh `npm run build`.
//
//   node bench/tools/profile-warm.mjs                 wabakit
//   node bench/tools/profile-warm.mjs wabakit,ky 30   several sides, top 30 functions

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/bundles.mjs';
import { printProfile, readCpuProfile, selfTimes } from '../lib/cpu-profile.mjs';
import { startGraphServer } from '../lib/processes.mjs';

const sides = (process.argv[2] ?? 'wabakit').split(',');
const top = Number(process.argv[3] ?? 20);

function report(dir) {
  const rename = (url) => url.replace(`file://${ROOT}`, '');
  const areaOf = (url, frame) =>
    url.startsWith('dist/') ? 'wabakit (dist/)' : /node_modules\/(zod|ky)\//.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node internals' : url === '' ? frame.functionName : 'other');
  printProfile(selfTimes(readCpuProfile(dir), { rename, areaOf }), {
    areaCount: 10,
    top,
    groups: [
      ['wabakit (dist/)', (k) => k.includes(' dist/')],
      ['zod / ky', (k) => /node_modules\/(zod|ky)\//.test(k)],
    ],
  });
}

const server = await startGraphServer();
try {
  for (const side of sides) {
    const dir = join(ROOT, 'bench/results/prof', side);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const run = spawnSync(
      process.execPath,
      ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', join(ROOT, 'bench/children/warm.mjs'), side, server.url, '4000', '10000', '50'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 },
    );
    if (run.status !== 0) throw new Error(`${side}: warm loop failed (status ${run.status})`);
    console.log(`\n== ${side}: ${run.stdout.trim()}`);
    report(dir);
  }
} finally {
  server.stop();
}
