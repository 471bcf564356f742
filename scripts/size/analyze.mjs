// Metafile breakdown of the size bundles (issue #12): what each handler ships and why it is reachable.
//
//   npm run build && node scripts/size/analyze.mjs            every handler of bench/lib/entries.cjs
//   node scripts/size/analyze.mjs handler-retrieve --top 15   one bundle, more rows
//   node scripts/size/analyze.mjs --json                      machine-readable
//
// Two esbuild builds per bundle, both with bench/lib/esbuild-options.cjs (what `npm run size` measures):
// 1. from `dist/` as published: the totals (minified / gzip level 9), identical to size-limit's figures;
// 2. the same entry with `dist/<entry>.js` mapped back to its `src/` file (tsup.config.ts), so the metafile
//    names wabakit's own files instead of tsup's chunks. Its total is within a few hundred bytes of build 1.
// Contributors are grouped (a package, or a wabakit folder), ranked by bytes in the output
// (`outputs[].inputs[].bytesInOutput`), and each comes with the shortest import chain from the handler
// (`inputs[].imports`), i.e. why esbuild could not drop it. "⇢" marks a dynamic `import()` edge.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OPTIONS = require(join(ROOT, 'bench/lib/esbuild-options.cjs'));
const { sizedBundles } = require(join(ROOT, 'bench/lib/entries.cjs'));

/** `dist/<name>.js` → `src/…` from tsup.config.ts's entry map (`const ENTRIES = {…}`). */
function distToSrc() {
  const text = readFileSync(join(ROOT, 'tsup.config.ts'), 'utf8');
  const block = /(?:ENTRIES\s*=|entry:)\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  if (block === '') throw new Error('analyze.mjs: no entry map found in tsup.config.ts (const ENTRIES = { … })');
  const map = new Map();
  for (const match of block.matchAll(/['"]?([\w-]+)['"]?\s*:\s*['"](src\/[^'"]+)['"]/g)) map.set(`${match[1]}.js`, match[2]);
  return map;
}

const SRC_OF = distToSrc();
// `WABAKIT_DIST=bench/results/dist-js` measures another build (e.g. `npx tsup --no-dts -d bench/results/dist-js`,
// which skips the 80 s declaration build) without touching the shared dist/.
const DIST = process.env.WABAKIT_DIST ? join(ROOT, process.env.WABAKIT_DIST) : undefined;
const otherDist = {
  name: 'other-dist',
  setup(build) {
    build.onResolve({ filter: /(^|\/)dist\/[\w-]+\.js$/ }, (args) => ({ path: join(DIST, args.path.split('/').at(-1)) }));
  },
};
const fromSrc = {
  name: 'dist-to-src',
  setup(build) {
    build.onResolve({ filter: /(^|\/)dist\/[\w-]+\.js$/ }, (args) => {
      const file = SRC_OF.get(args.path.split('/').at(-1));
      return file ? { path: join(ROOT, file) } : undefined;
    });
  },
};

// What-if / before-after: `WABAKIT_AT=<rev> WABAKIT_FILES=src/a.ts,src/b.ts` builds the src-mapped bundle with
// those files as they were at <rev> (the rest as in the work tree), e.g. to measure one change on today's tree.
const AT = process.env.WABAKIT_AT;
const AT_FILES = new Set((process.env.WABAKIT_FILES ?? '').split(',').filter(Boolean));
const atRevision = {
  name: 'at-revision',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const file = relative(ROOT, args.path);
      if (!AT_FILES.has(file)) return undefined;
      return { loader: 'ts', contents: execFileSync('git', ['show', `${AT}:${file}`], { cwd: ROOT, encoding: 'utf8' }) };
    });
  },
};

async function bundle(entry, plugins = []) {
  const result = await esbuild.build({
    ...OPTIONS,
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    write: false,
    metafile: true,
    outdir: join(ROOT, 'bench/results/build/analyze'),
    logLevel: 'silent',
    plugins,
  });
  const code = result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => file.contents);
  return {
    minBytes: code.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipBytes: code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    metafile: result.metafile,
  };
}

/** A package name, or a wabakit folder (`src/errors/graph-codes`), for a metafile input path. */
export function groupOf(input) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return pkg[1];
  const rel = input.replace(/^.*?\b(src|dist|bench)\//, '$1/');
  const parts = rel.split('/');
  // src/core/request.ts → src/core; src/client.ts → src/client.ts; src/errors/graph-codes.ts → src/errors/graph-codes
  if (parts.length <= 2) return rel.replace(/\.ts$/, '').replace(/^src\/errors\/graph-codes$/, 'src/errors/graph-codes');
  const folder = parts.slice(0, 3).join('/');
  return /\.[cm]?[jt]s$/.test(folder) ? parts.slice(0, 2).join('/') : folder;
}

const short = (input) => input.replace(/^.*?node_modules\//, '').replace(/^.*?\b(src|dist|bench)\//, '$1/');

/**
 * Specifiers a barrel (`src/index.ts`, …) may be crossed through: only the re-exports that define a name the
 * handler imports. Without this, the shortest chain to every module would be "handler → barrel → module",
 * which is not why it is kept (esbuild drops unused re-exports: the package has `"sideEffects": false`).
 */
function usedBarrelEdges(entry) {
  // A public entry itself (`dist/…`) is the barrel, with every export kept: nothing to filter.
  if (entry.startsWith('dist/')) return new Map();
  const handler = readFileSync(join(ROOT, entry), 'utf8');
  const used = new Set();
  for (const match of handler.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]*dist\/[\w-]+\.js['"]/g)) {
    for (const name of match[1].split(',')) used.add(name.trim().split(/\s+as\s+/)[0]);
  }
  const allowed = new Map();
  const imported = [...handler.matchAll(/from\s*['"][^'"]*dist\/([\w-]+\.js)['"]/g)].map((match) => SRC_OF.get(match[1]));
  for (const barrel of imported.filter(Boolean)) {
    const text = readFileSync(join(ROOT, barrel), 'utf8');
    const specifiers = new Set();
    for (const match of text.matchAll(/export\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
      const names = match[1].split(',').map((name) => name.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1));
      if (names.some((name) => used.has(name))) specifiers.add(match[2]);
    }
    allowed.set(barrel, specifiers);
  }
  return allowed;
}

/** Shortest import chain from the entry to every input (BFS over `inputs[].imports`). */
function chains(metafile, entry) {
  const barrels = usedBarrelEdges(entry);
  // The entry as esbuild saw it (a `dist/` entry is already mapped to its `src/` file).
  const start = Object.values(metafile.outputs).find((output) => output.entryPoint)?.entryPoint ?? relative(ROOT, join(ROOT, entry));
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    const through = barrels.get(current);
    for (const edge of metafile.inputs[current]?.imports ?? []) {
      if (through && current !== start && !through.has(edge.original)) continue;
      if (edge.external || previous.has(edge.path) || !metafile.inputs[edge.path]) continue;
      previous.set(edge.path, { from: current, dynamic: edge.kind === 'dynamic-import' });
      queue.push(edge.path);
    }
  }
  return (target) => {
    const steps = [];
    for (let node = target; node !== null && node !== undefined; ) {
      const link = previous.get(node);
      steps.unshift({ file: node, dynamic: link?.dynamic ?? false });
      node = link?.from ?? null;
    }
    return steps.map((step, i) => (i === 0 ? short(step.file) : `${step.dynamic ? '⇢' : '→'} ${short(step.file)}`)).join(' ');
  };
}

const entryOf = (metafile, entry) => Object.values(metafile.outputs).find((output) => output.entryPoint)?.entryPoint ?? entry;

/** Groups of one bundle, largest first: bytes in the output, files, and the chain to the group's first file. */
function contributors(metafile, entry) {
  const chainTo = chains(metafile, entry);
  const order = new Map();
  const depth = (chain) => chain.split(/ [→⇢] /).length;
  const groups = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const name = groupOf(input);
      const group = groups.get(name) ?? { name, bytes: 0, files: [], chain: undefined };
      group.bytes += bytesInOutput;
      group.files.push({ file: short(input), bytes: bytesInOutput });
      // Unreachable inputs (e.g. a JSON file esbuild inlined) get a chain of 1; any reachable file explains more.
      const chain = chainTo(input);
      const rank = depth(chain) === 1 && !chain.startsWith(short(entryOf(metafile, entry))) ? Infinity : depth(chain);
      if (group.chain === undefined || rank < order.get(name)) {
        group.chain = chain;
        order.set(name, rank);
      }
      groups.set(name, group);
    }
  }
  for (const group of groups.values()) group.files.sort((a, b) => b.bytes - a.bytes);
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
}

/** Measures one bundle of bench/lib/entries.cjs: dist totals plus the src-mapped breakdown. */
export async function analyze(check) {
  const dist = await bundle(check.path, DIST ? [otherDist] : []);
  const src = await bundle(check.path, AT ? [fromSrc, atRevision] : [fromSrc]);
  return {
    id: check.id,
    name: check.name,
    path: check.path,
    minBytes: dist.minBytes,
    gzipBytes: dist.gzipBytes,
    srcMinBytes: src.minBytes,
    srcGzipBytes: src.gzipBytes,
    groups: contributors(src.metafile, check.path),
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function toMarkdown(result, top) {
  const lines = [
    `#### ${result.name}: ${kB(result.minBytes)} min / ${kB(result.gzipBytes)} gzip from dist/ (\`${result.path}\`; from src/${AT ? ` with ${[...AT_FILES].join(', ')} at ${AT}` : ''}: ${kB(result.srcMinBytes)} / ${kB(result.srcGzipBytes)})`,
    '',
    '| Contributor | min bytes | share | largest files | why it is in (shortest import chain) |',
    '| --- | ---: | ---: | --- | --- |',
  ];
  for (const group of result.groups.slice(0, top)) {
    const files = group.files.slice(0, 2).map((f) => `${f.file.split('/').at(-1)} ${kB(f.bytes)}`).join(', ');
    const share = `${((group.bytes / result.srcMinBytes) * 100).toFixed(0)} %`;
    lines.push(`| ${group.name} | ${group.bytes.toLocaleString('en')} | ${share} | ${files} | ${group.chain.replaceAll('|', '\\|')} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
  const ids = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--top');
  const checks = sizedBundles().filter((check) => (ids.length > 0 ? ids.includes(check.id) : check.id.startsWith('handler-')));
  const results = [];
  for (const check of checks) results.push(await analyze(check));
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else console.log(results.map((result) => toMarkdown(result, top)).join('\n\n'));
}
