// `npm run bench` (= `npm run build && node bench/run.mjs`): measures what users get from `dist/` against a
// baseline in the same run, prints a Markdown table and writes bench/results/latest.json. See
// docs/performance.md for what each row means and how it is measured.
//
//   node bench/run.mjs            all five measurements, five sides each (about 6 minutes on 2 cores)
//   node bench/run.mjs --quick    fewer rounds, for a smoke test (figures are noisier)
//   node bench/run.mjs sizes cold only the named sections: warm, cold, sizes, pagination, validation, and any
//                                 other bench/<name>.mjs (run as a child, its output printed as is)
//
// The sides (bench/peers/sides.mjs): raw fetch, bare ky, @great-detail/whatsapp, @kapso/whatsapp-cloud-api and
// wabakit. The peers are pinned in bench/peers/package.json and installed into bench/peers/node_modules on the
// first run (npm registry); they are never dependencies of wabakit.
//
// Everything runs on 127.0.0.1 against a server on a random port, in child processes with timeouts; the
// bench never reaches the network (except npm, once, for the peers). Budgets other than bundle sizes are
// reported, never asserted: the exit code is 0 unless a measurement fails.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/bundles.mjs';
import { ensurePeers } from './lib/peers.mjs';
import { startGraphServer } from './lib/processes.mjs';
import { buildReport, toMarkdown } from './lib/report.mjs';
import * as sections from './lib/sections.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const BUILT_IN = ['warm', 'cold', 'sizes', 'pagination', 'validation'];
// Other bench scripts in bench/ (e.g. bench/cams.mjs, bench/redis.mjs, owned by their features) are sections too:
// each runs as its own `node bench/<name>.mjs [--quick]` with BENCH_GRAPH_URL set, after the built-in ones, and
// prints its own table.
const EXTRA = readdirSync(join(ROOT, 'bench'))
  .filter((file) => file.endsWith('.mjs') && !['run.mjs', 'size-check.mjs'].includes(file))
  .map((file) => file.slice(0, -'.mjs'.length));
const ALL = [...BUILT_IN, ...EXTRA];
const chosen = args.filter((arg) => !arg.startsWith('--'));
const unknown = chosen.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  console.error(`unknown section(s): ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const wanted = new Set(chosen.length > 0 ? chosen : ALL);

// Sample counts: the issue's call counts are fixed; rounds are chosen to keep a full run within a few minutes
// on a 2-core machine.
const PLAN = {
  warm: { rounds: quick ? 1 : 5, sequential: 2_000, concurrent: 10_000, inFlight: 50 },
  cold: { runs: quick ? 10 : 21 },
  pagination: { rounds: quick ? 1 : 9, pageSize: 100 },
  validation: { rounds: quick ? 1 : 5, iterations: 100_000 },
};

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}

function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return undefined;
  }
}

// Snapshot of dist/ for the whole run (children and bundles read BENCH_DIST): on a shared machine another
// `npm run build` may clean dist/ while the bench is measuring it.
const SNAPSHOT = join(ROOT, 'bench/results/dist-snapshot');
rmSync(SNAPSHOT, { recursive: true, force: true });
cpSync(join(ROOT, 'dist'), SNAPSHOT, { recursive: true, filter: (file) => !file.endsWith('.map') && !file.endsWith('.d.ts') && !file.endsWith('.d.cts') });
process.env.BENCH_DIST = SNAPSHOT;

async function verificationPresent() {
  const { WabaClient } = await import(pathToFileURL(join(SNAPSHOT, 'index.js')).href);
  const phone = new WabaClient({ accessToken: 'x', baseUrl: 'http://127.0.0.1:9' }).phoneNumber('106540352242922');
  return typeof phone.verification?.requestCode === 'function';
}

const meta = {
  date: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  os: `${osType()} ${release()}`,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  client: 'default options: registration and usage guards on, response validation on, no appSecret',
  verificationResource: (await verificationPresent()) ? 'present (phone.verification.requestCode)' : 'absent: not wired into PhoneNumber yet',
  plan: PLAN,
};

const log = (message) => process.stderr.write(`bench: ${message}\n`);
meta.peers = ensurePeers(log);
const results = {};
const server = await startGraphServer();
try {
  log(`Graph stand-in on ${server.url}`);
  if (wanted.has('sizes')) {
    log('bundle sizes…');
    results.sizes = await sections.sizes();
  }
  if (wanted.has('warm')) {
    log('warm overhead…');
    results.warm = await sections.warm(server.url, PLAN.warm);
  }
  if (wanted.has('cold')) {
    log('cold starts…');
    results.cold = await sections.cold(server.url, PLAN.cold);
  }
  if (wanted.has('pagination')) {
    log('pagination…');
    results.pagination = await sections.pagination(server.url, PLAN.pagination);
  }
  if (wanted.has('validation')) {
    log('validation…');
    results.validation = await sections.validation(PLAN.validation);
  }
  for (const name of EXTRA.filter((extra) => wanted.has(extra))) {
    log(`${name} (bench/${name}.mjs)…`);
    const run = spawnSync(process.execPath, [join(ROOT, 'bench', `${name}.mjs`), ...(quick ? ['--quick'] : [])], {
      env: { ...process.env, BENCH_GRAPH_URL: server.url },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
    results[name] = { status: run.status, output: run.stdout };
    if (run.status !== 0) throw new Error(`bench/${name}.mjs failed (status ${run.status}, signal ${run.signal})`);
  }
} finally {
  server.stop();
}

const { tables, budgets } = buildReport(results);
for (const name of EXTRA.filter((extra) => results[extra])) tables.push({ title: `bench/${name}.mjs`, markdown: results[name].output.trim() });
const table = toMarkdown(tables);
await mkdir(join(ROOT, 'bench/results'), { recursive: true });
await writeFile(join(ROOT, 'bench/results/latest.json'), `${JSON.stringify({ meta, tables, budgets, results }, null, 2)}\n`);

console.log(`\nwabakit bench — ${meta.date} — ${meta.commit ?? 'no git'} — Node ${meta.node}, ${meta.cpu}`);
console.log(`Client: ${meta.client}. Verification resource: ${meta.verificationResource}.\n`);
console.log(table);
const missed = budgets.filter((budget) => !budget.met);
if (missed.length > 0) console.log(`\nBudgets missed: ${missed.map((b) => `${b.name}${b.enforced ? ' (enforced in CI)' : ''}`).join('; ')}.`);
console.log('\nTimings come from a shared machine: compare ratios within one run, not across runs; sizes are exact.');
console.log('Per-file contributors and import chains of each handler: node scripts/size/analyze.mjs');
console.log('\nFull results: bench/results/latest.json');
