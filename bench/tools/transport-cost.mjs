// CPU per attempt of the transport alone (issue #12): `src/core/transport.ts` (ky and the per-attempt timer, signal and
// URL) with `fetch` stubbed out, so no network, server or scheduler noise. Each side is that file bundled with
// esbuild, from the working tree or from a git revision, and run in fresh processes, interleaved round by round:
// 3,000 warm-up sends, then five blocks of 10,000 sequential sends; a process reports its median block. Prints the
// median over rounds per side.
//
//   node bench/tools/transport-cost.mjs                    the working tree only, 7 rounds
//   node bench/tools/transport-cost.mjs 9 64f0add          the working tree against revision 64f0add, 9 rounds

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../lib/bundles.mjs';
import { median } from '../lib/stats.mjs';

const rounds = Number(process.argv[2] ?? 7);
const revision = process.argv[3];
const dir = mkdtempSync(join(tmpdir(), 'wabakit-transport-'));

const LOOP = `
const body = JSON.stringify({ id: '106540352242922', status: 'CONNECTED' });
globalThis.fetch = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
const transport = new Transport({ baseUrl: 'https://graph.example.test' });
const request = { method: 'GET', path: 'v23.0/106540352242922', query: 'fields=status', headers: { authorization: 'Bearer x' }, timeoutMs: 10_000 };
for (let i = 0; i < 3000; i++) await transport.send(request);
const blocks = [];
for (let b = 0; b < 5; b++) {
  const cpu = process.cpuUsage();
  for (let i = 0; i < 10_000; i++) await transport.send(request);
  const used = process.cpuUsage(cpu);
  blocks.push((used.user + used.system) / 10_000);
}
blocks.sort((x, y) => x - y);
process.stdout.write(String(blocks[2]));
`;

/** Bundles `transportFile` with the loop into `<dir>/<name>.mjs`. */
async function build(name, transportFile) {
  const entry = join(dir, `${name}-entry.mjs`);
  writeFileSync(entry, `import { Transport } from ${JSON.stringify(transportFile)};\n${LOOP}`);
  const outfile = join(dir, `${name}.mjs`);
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning', nodePaths: [join(ROOT, 'node_modules')] });
  return outfile;
}

try {
  const sides = { 'working tree': await build('now', join(ROOT, 'src/core/transport.ts')) };
  if (revision !== undefined) {
    const old = join(dir, 'transport-old.ts');
    writeFileSync(old, execFileSync('git', ['-C', ROOT, 'show', `${revision}:src/core/transport.ts`], { encoding: 'utf8' }));
    sides[revision] = await build('old', old);
  }
  const samples = Object.fromEntries(Object.keys(sides).map((side) => [side, []]));
  for (let round = 0; round < rounds; round++) {
    const order = Object.keys(sides);
    if (round % 2 === 1) order.reverse();
    for (const side of order) {
      const run = spawnSync(process.execPath, [sides[side]], { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0) throw new Error(`${side} failed: ${run.stderr}`);
      samples[side].push(Number(run.stdout));
    }
  }
  for (const [side, list] of Object.entries(samples)) {
    console.log(`${side.padEnd(14)} ${median(list).toFixed(1)} µs CPU per attempt (median of ${rounds}; range ${Math.min(...list).toFixed(1)}–${Math.max(...list).toFixed(1)})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
