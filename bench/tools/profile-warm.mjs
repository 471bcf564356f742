// Warm-path CPU profile (issue #12): runs the bench's warm loop (bench/children/warm.mjs) for one or more sides
// under `node --cpu-prof` against the loopback Graph stand-in, then prints each profile's self time by area and
// the top functions of wabakit's own code (dist/) and of zod/ky. The .cpuprofile files stay in
// bench/results/prof/<side>/ (open them in Chrome DevTools → Performance). Needs a fresh `npm run build`.
//
//   node bench/tools/profile-warm.mjs                 wabakit
//   node bench/tools/profile-warm.mjs wabakit,ky 30   several sides, top 30 functions

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/bundles.mjs';
import { startGraphServer } from '../lib/processes.mjs';

const sides = (process.argv[2] ?? 'wabakit').split(',');
const top = Number(process.argv[3] ?? 20);

function report(dir) {
  const profile = JSON.parse(readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))), 'utf8'));
  const time = new Map();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  const self = new Map();
  const areas = new Map();
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    total += t;
    const url = node.callFrame.url.replace(`file://${ROOT}`, '');
    self.set(`${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`, (self.get(`${node.callFrame.functionName || '(anonymous)'} ${url}:${node.callFrame.lineNumber + 1}`) ?? 0) + t);
    const area = url.startsWith('dist/') ? 'wabakit (dist/)' : /node_modules\/(zod|ky)\//.exec(url)?.[1] ?? (url.startsWith('node:') ? 'node internals' : url === '' ? node.callFrame.functionName : 'other');
    areas.set(area, (areas.get(area) ?? 0) + t);
  }
  const pct = (t) => `${((t / total) * 100).toFixed(2)} %`;
  console.log(`samples: ${(total / 1000).toFixed(0)} ms`);
  for (const [area, t] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${pct(t).padStart(8)}  ${area}`);
  for (const [title, test] of [['wabakit (dist/)', (k) => k.includes(' dist/')], ['zod / ky', (k) => /node_modules\/(zod|ky)\//.test(k)]]) {
    console.log(`top self time, ${title}:`);
    for (const [key, t] of [...self].filter(([k]) => test(k)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(8)}  ${key}`);
  }
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
