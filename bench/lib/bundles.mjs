// Bundle sizes: each entry is bundled on its own with the options of `esbuild-options.cjs` (the same ones
// `.size-limit.cjs` uses), then measured minified and gzipped (level 9, as size-limit does). The esbuild
// metafile says which packages and files fill each bundle, so a missed budget comes with its causes (per file
// and with the import chain: scripts/size/analyze.mjs). Which bundles are measured: bench/lib/entries.cjs.

import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const ESBUILD_OPTIONS = require('./esbuild-options.cjs');
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Budgets from `.size-limit.cjs`, keyed by entry path: the one source of truth for CI and the bench. */
export function sizeBudgets() {
  const checks = require(join(ROOT, '.size-limit.cjs'));
  const budgets = new Map();
  for (const check of checks) {
    if (check.limit !== undefined) budgets.set(check.path, { name: check.name, limit: check.limit, bytes: parseLimit(check.limit) });
  }
  return budgets;
}

/** size-limit's units: `kB` = 1000 bytes, `KiB` = 1024. */
export function parseLimit(limit) {
  const match = /^(\d+(?:\.\d+)?) *(?:([kmg])?(i)?b)?$/i.exec(limit);
  if (!match) throw new Error(`cannot read size limit ${limit}`);
  const power = match[2] ? 'kmg'.indexOf(match[2].toLowerCase()) + 1 : 0;
  return Math.floor(Number(match[1]) * (match[3] ? 1024 : 1000) ** power);
}

/**
 * While bench/run.mjs runs, `dist/…` imports resolve to its snapshot of dist/ (BENCH_DIST), so a rebuild by
 * someone else mid-run (a shared machine) cannot change or delete what is being measured.
 */
const snapshotDist = {
  name: 'bench-dist-snapshot',
  setup(build) {
    build.onResolve({ filter: /(^|\/)dist\/[\w.-]+\.js$/ }, (args) =>
      process.env.BENCH_DIST ? { path: join(process.env.BENCH_DIST, args.path.split('/').at(-1)) } : undefined,
    );
  },
};

/** Which package (or wabakit file) a metafile input belongs to. */
function ownerOf(input) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match) return match[1];
  return `wabakit ${input.replace(/^.*?(dist|src|bench)\//, '$1/')}`;
}

/** Bundles `entry` in memory; returns minified and gzip bytes and the largest contributors. */
export async function measureBundle(entry) {
  const result = await esbuild.build({
    ...ESBUILD_OPTIONS,
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    write: false,
    metafile: true,
    outdir: join(ROOT, 'bench/results/build/sizes'),
    logLevel: 'silent',
    plugins: [snapshotDist],
  });
  const code = result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => file.contents);
  const minBytes = code.reduce((sum, bytes) => sum + bytes.length, 0);
  const gzipBytes = code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
  const owners = new Map();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = ownerOf(input);
      owners.set(owner, (owners.get(owner) ?? 0) + bytesInOutput);
    }
  }
  const contributors = [...owners]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([owner, bytes]) => ({ owner, minBytes: bytes }));
  return { minBytes, gzipBytes, contributors };
}

/** Bundles `entry` to `outfile` (a runnable .mjs), e.g. the cold-start handlers. */
export async function buildFile(entry, outfile) {
  await mkdir(dirname(join(ROOT, outfile)), { recursive: true });
  await esbuild.build({
    ...ESBUILD_OPTIONS,
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    outfile: join(ROOT, outfile),
    logLevel: 'warning',
    plugins: [snapshotDist],
  });
  return join(ROOT, outfile);
}
