#!/usr/bin/env node
// Cross-runtime smoke test of the packed tarball (issue #13): packs wabakit as npm would publish it, installs the
// tarball with its dependencies into a throwaway project, and runs scripts/runtimes/smoke/ in Node 22, Node 24,
// Bun, Deno, workerd (miniflare) and Vercel's edge-runtime, each a pinned version installed from the npm registry
// into `.tools/` (scripts/runtimes/versions.mjs). Ends with `runtimes: N passed, N failed[, N skipped]`; exits 1 on
// any failure.
//
//   node scripts/runtimes/run.mjs            # needs Node >= 22 and a fresh `npm run build`
//   node scripts/runtimes/run.mjs deno bun   # only these runtimes
//   node scripts/runtimes/run.mjs --keep     # keep the throwaway project (printed at the end) to debug in it
//
// Nothing is downloaded from outside the npm registry: bun's, deno's and workerd's postinstall scripts only pick
// the platform package that npm installed as an optional dependency.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, installTool, nodeBinaryPackage } from './tools.mjs';
import { BUN_VERSION, DENO_VERSION, EDGE_RUNTIME_VERSION, MINIFLARE_VERSION, NODE_VERSIONS, WORKERD_COMPAT_DATE } from './versions.mjs';

const RESULT_PREFIX = 'SMOKE-RESULT ';
const RUNTIME_PREFIX = 'SMOKE-RUNTIME ';
// A hang (a handle left open, a request that never ends) is a failure after this long.
const TIMEOUT_MS = 60_000;

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`runtimes: needs Node >= 22 to drive the suite (this is ${process.version}): sh scripts/node/run.sh node scripts/runtimes/run.mjs`);
  process.exit(1);
}
if (!existsSync(join(ROOT, 'dist/testing.js'))) {
  console.error('runtimes: dist/ is missing, run `npm run build` first');
  process.exit(1);
}

/**
 * Each runtime: how to install it (the binary or package folder, and the name it must report for itself: a run
 * in the wrong runtime is a failure, not a pass) and the command that runs the suite in the project directory.
 */
const RUNTIMES = [
  { name: 'node22', label: 'Node 22', install: () => installNode(22), command: (node) => [[node, ['smoke/main-server.mjs']]] },
  { name: 'node24', label: 'Node 24', install: () => installNode(24), command: (node) => [[node, ['smoke/main-server.mjs']]] },
  {
    name: 'bun',
    label: `Bun ${BUN_VERSION}`,
    install: () => ({
      path: join(installTool('bun', BUN_VERSION, [`bun@${BUN_VERSION}`]).prefix, 'node_modules/bun/bin/bun.exe'),
      reports: `Bun ${BUN_VERSION}`,
    }),
    command: (bun) => [[bun, ['smoke/main-server.mjs']]],
  },
  {
    name: 'deno',
    label: `Deno ${DENO_VERSION}`,
    install: () => ({
      path: join(installTool('deno', DENO_VERSION, [`deno@${DENO_VERSION}`]).prefix, 'node_modules/deno/deno'),
      reports: `Deno ${DENO_VERSION}`,
    }),
    // wabakit needs network access to 127.0.0.1 only (the server listens there, the client calls it) and nothing
    // else; msw's `debug` dependency reads the environment, so its case runs in a second process with --allow-env.
    command: (deno) => [
      [deno, ['run', '--no-prompt', '--allow-net=127.0.0.1', 'smoke/main-server.mjs', '--except=msw']],
      [deno, ['run', '--no-prompt', '--allow-net=127.0.0.1', '--allow-env', 'smoke/main-server.mjs', '--only=msw', '--exit']],
    ],
  },
  {
    name: 'workerd',
    label: `workerd via miniflare ${MINIFLARE_VERSION}`,
    install: () => ({
      path: join(installTool('miniflare', MINIFLARE_VERSION, [`miniflare@${MINIFLARE_VERSION}`]).prefix, 'node_modules/miniflare'),
      reports: `via miniflare ${MINIFLARE_VERSION}`,
    }),
    command: (miniflare) => [[process.execPath, ['smoke/drive-bundled.mjs', 'workerd'], { SMOKE_MINIFLARE: miniflare }]],
  },
  {
    name: 'edge',
    label: `Vercel edge-runtime ${EDGE_RUNTIME_VERSION}`,
    install: () => ({
      path: join(installTool('edge-runtime', EDGE_RUNTIME_VERSION, [`edge-runtime@${EDGE_RUNTIME_VERSION}`]).prefix, 'node_modules/edge-runtime'),
      reports: `edge-runtime ${EDGE_RUNTIME_VERSION}`,
    }),
    command: (edge) => [[process.execPath, ['smoke/drive-bundled.mjs', 'edge'], { SMOKE_EDGE_RUNTIME: edge }]],
  },
];

function installNode(major) {
  const { name, version } = nodeBinaryPackage(major, NODE_VERSIONS[major]);
  const { prefix } = installTool('node', version, [`${name}@${version}`]);
  return { path: join(prefix, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node'), reports: `Node ${version}` };
}

/**
 * `npm pack` + a project that installs the tarball (and, through it, ky, zod… from the registry), with msw at the
 * version wabakit tests with (the msw-adapter case).
 */
function prepareProject(work) {
  const msw = JSON.parse(readFileSync(join(ROOT, 'node_modules/msw/package.json'), 'utf8')).version;
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  const [{ filename, files }] = JSON.parse(out);
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'wabakit-runtime-smoke', private: true, type: 'module', dependencies: { wabakit: `file:../${filename}`, msw } }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  cpSync(join(ROOT, 'scripts/runtimes/smoke'), join(app, 'smoke'), { recursive: true });
  // The CAMS case runs only when the package ships `wabakit/cams`; a static import either way, so bundlers resolve it.
  const exportsMap = JSON.parse(readFileSync(join(app, 'node_modules/wabakit/package.json'), 'utf8')).exports ?? {};
  const hasCams = Object.hasOwn(exportsMap, './cams');
  writeFileSync(
    join(app, 'smoke/cams-hook.mjs'),
    hasCams ? "export * as cams from 'wabakit/cams';\n" : 'export const cams = undefined;\n',
  );
  return { app, filename, fileCount: files.length, hasCams };
}

/** Runs one command, collecting result lines; anything else it prints is kept for the failure report. */
function runChild(command, args, env, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const results = [];
    const log = [];
    let reported;
    let buffer = '';
    const onLine = (line) => {
      if (line.startsWith(RESULT_PREFIX)) results.push(JSON.parse(line.slice(RESULT_PREFIX.length)));
      else if (line.startsWith(RUNTIME_PREFIX)) reported = line.slice(RUNTIME_PREFIX.length).trim();
      else if (line.trim() !== '') log.push(line);
    };
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      lines.forEach(onLine);
    });
    child.stderr.on('data', (chunk) => log.push(...String(chunk).split('\n').filter((line) => line.trim() !== '')));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('error', (error) => log.push(String(error)));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (buffer) onLine(buffer);
      resolve({ results, log, code, signal, reported });
    });
  });
}

const keep = process.argv.includes('--keep');
const only = process.argv.slice(2).filter((arg) => arg !== '--keep');
const selected = only.length === 0 ? RUNTIMES : RUNTIMES.filter((runtime) => only.includes(runtime.name));
if (selected.length === 0) {
  console.error(`runtimes: none of ${only.join(', ')}; known: ${RUNTIMES.map((r) => r.name).join(', ')}`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'wabakit-runtimes-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
try {
  const project = prepareProject(work);
  console.log(`packed ${project.filename} (${project.fileCount} files) and installed it with its dependencies: ${seconds(Date.now() - started)}`);

  const env = { SMOKE_ESBUILD: join(ROOT, 'node_modules/esbuild/lib/main.js'), SMOKE_COMPAT_DATE: WORKERD_COMPAT_DATE };
  for (const runtime of selected) {
    const installStarted = Date.now();
    let installed;
    try {
      installed = runtime.install();
    } catch (error) {
      totals.failed += 1;
      console.log(`\n${runtime.label}: install failed (${error instanceof Error ? error.message : error})`);
      continue;
    }
    const installMs = Date.now() - installStarted;
    const runStarted = Date.now();
    const runs = [];
    for (const [command, args, extraEnv = {}] of runtime.command(installed.path)) {
      runs.push(await runChild(command, args, { ...env, ...extraEnv }, project.app));
    }
    const runMs = Date.now() - runStarted;
    const results = runs.flatMap((run) => run.results);
    const reported = runs[0].reported;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const result of results) counts[result.status] += 1;
    // A process that crashed, timed out or exited non-zero counts as one failure even if some cases passed.
    const crashes = runs.filter((run) => run.code !== 0 || run.results.length === 0);
    counts.failed += crashes.length;
    const wrongRuntime = runs.some((run) => !run.reported?.includes(installed.reports));
    if (wrongRuntime) counts.failed += 1;
    console.log(
      `\n${reported ?? runtime.label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}` +
        ` (run ${seconds(runMs)}${installMs > 500 ? `, install ${seconds(installMs)}` : ''})`,
    );
    for (const result of results) {
      const mark = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' }[result.status];
      console.log(`  ${mark} ${result.case} (${result.ms} ms)${result.detail ? ` — ${result.status === 'skipped' ? 'skipped: ' : ''}${result.detail}` : ''}`);
    }
    if (wrongRuntime) console.log(`  FAIL the suite ran in "${reported ?? 'an unknown runtime'}", expected ${installed.reports}`);
    for (const { signal, code, log } of crashes) {
      console.log(`  FAIL ${signal ? `killed by ${signal} after ${seconds(TIMEOUT_MS)}` : `exited with code ${code}`}`);
      for (const line of log.slice(-30)) console.log(`       ${line}`);
    }
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
} finally {
  if (keep) console.log(`\nkept the project in ${join(work, 'app')}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\ntotal time ${seconds(Date.now() - started)}`);
console.log(`runtimes: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
