/**
 * Packs wabakit as npm would publish it, installs the tarball into throwaway ESM and CJS projects, and loads it
 * the way users do — `import` and `require` — on the Node running this test (CI runs it on Node 22).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNTIME_DEPS = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies as object);

let work: string;
let unpacked: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'wabakit-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
  const [{ filename }] = JSON.parse(out) as [{ filename: string }];
  unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', join(work, filename), '-C', unpacked]);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project with the tarball as `node_modules/wabakit` and the runtime deps linked from this repo (no network). */
function project(name: string, type: 'module' | 'commonjs'): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  cpSync(join(unpacked, 'package'), join(dir, 'node_modules', 'wabakit'), { recursive: true });
  for (const dep of RUNTIME_DEPS) {
    const target = join(dir, 'node_modules', dep);
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', dep), target, 'dir');
  }
  return dir;
}

function run(dir: string, file: string, source: string): string {
  writeFileSync(join(dir, file), source);
  return execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }).trim();
}

/**
 * The installed package's files that put bytes in a bundle of `entry`, as a user's esbuild build makes it
 * (`inputs` lists every file parsed, kept or not: only those with bytes in the output count).
 */
async function bundledWabakitFiles(dir: string, entry: string, options: { platform: 'node' | 'browser'; conditions?: string[] }): Promise<string[]> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({ absWorkingDir: dir, entryPoints: [entry], bundle: true, format: 'esm', write: false, metafile: true, logLevel: 'silent', ...options });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output!.inputs)
    .filter(([file, input]) => file.includes('node_modules/wabakit/') && input.bytesInOutput > 0)
    .map(([file]) => file);
}

const CHECK = `
const client = new WabaClient({ accessToken: 'x'.repeat(12) });
const phone = client.phoneNumber('106540352242922');
let rejected = false;
try { await phone.register({ pin: '12345' }); } catch (error) { rejected = isValidationError(error); }
console.log(JSON.stringify({ ctor: typeof WabaClient, version: typeof VERSION, rejected, split: splitPhoneNumber('+65 8123 4567'), webhooks: typeof verifySignature }));
`;

describe('the packed tarball', () => {
  it('ships only dist and the docs files', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: join(unpacked, 'package'), encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.every((f) => f.startsWith('./dist/') || f === './bin/wabakit-simulator.mjs' || /^\.\/(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(f))).toBe(true);
  });

  it('is imported from an ESM project', () => {
    const dir = project('esm-app', 'module');
    const out = run(
      dir,
      'main.js',
      `import { WabaClient, VERSION, isValidationError } from 'wabakit';\nimport { splitPhoneNumber } from 'wabakit/phone';\nimport { verifySignature } from 'wabakit/webhooks';\n${CHECK}`,
    );
    expect(JSON.parse(out)).toEqual({ ctor: 'function', version: 'string', rejected: true, split: { cc: '65', phone_number: '81234567' }, webhooks: 'function' });
  });

  it('is required from a CJS project', () => {
    const dir = project('cjs-app', 'commonjs');
    const out = run(
      dir,
      'main.js',
      `const { WabaClient, VERSION, isValidationError } = require('wabakit');\nconst { splitPhoneNumber } = require('wabakit/phone');\nconst { verifySignature } = require('wabakit/webhooks');\n(async () => {${CHECK}})();`,
    );
    expect(JSON.parse(out)).toEqual({ ctor: 'function', version: 'string', rejected: true, split: { cc: '65', phone_number: '81234567' }, webhooks: 'function' });
  });

  it.each([
    ['the bundlers\' build (one file per module)', 'index.js', 20],
    ['the Node build (bundled, dist/node/)', 'node/index.js', 0],
  ])('keeps libphonenumber-js out of the main entry of %s', (_label, entry, minFiles) => {
    // Walk the static import graph of the entry (relative specifiers, `import` and `export … from`, and literal
    // `import()`, which a bundler would inline). Neither libphonenumber-js nor wabakit/phone may be in it:
    // `add({ phone })` loads them through a variable specifier.
    const dir = join(unpacked, 'package', 'dist');
    const seen = new Set<string>();
    const bare = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      // Comments (the TSDoc examples are kept in dist/) do not import anything.
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s*)["']([^"']+)["']/gm)) {
        const specifier = match[1]!;
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
        else bare.add(specifier);
      }
    };
    visit(join(dir, entry));
    expect(seen.size).toBeGreaterThan(minFiles);
    expect([...bare].filter((specifier) => specifier.startsWith('libphonenumber-js'))).toEqual([]);
    expect([...seen].some((file) => /[/\\]phone\.js$/.test(file))).toBe(false);
    expect(bare).toContain('ky');
  });

  it('gives Node the bundled build and bundlers the one-file-per-module build', async () => {
    // package.json `exports`: `module` (bundlers only) before `default` under `import` (docs/performance.md,
    // "Peak RSS"). Node loads dist/node/; esbuild, as a user's Lambda build would run it, takes the module files,
    // so it can drop every module the handler does not import.
    const dir = project('resolve-app', 'module');
    const resolved = run(dir, 'resolve.js', `console.log(JSON.stringify(['wabakit', 'wabakit/cams', 'wabakit/webhooks'].map((s) => import.meta.resolve(s))));`);
    expect((JSON.parse(resolved) as string[]).map((url) => url.replace(/^.*node_modules\/wabakit\//, ''))).toEqual([
      'dist/node/index.js',
      'dist/node/cams.js',
      'dist/node/webhooks.js',
    ]);
    writeFileSync(
      join(dir, 'handler.js'),
      `import { PhoneNumberCore, WabaCore } from 'wabakit';\nexport const handler = (e) => new PhoneNumberCore(new WabaCore({ accessToken: e.token }), e.id).retrieve();\n`,
    );
    const inputs = await bundledWabakitFiles(dir, 'handler.js', { platform: 'node' });
    expect(inputs).toContain('node_modules/wabakit/dist/waba-core.js');
    expect(inputs.filter((file) => file.includes('/dist/node/'))).toEqual([]);
    // One file per module: the handler's bundle leaves out a resource it never imports.
    expect(inputs.filter((file) => file.includes('/resources/migration/'))).toEqual([]);
  });

  it.each([
    ['wrangler (Workers)', ['workerd', 'worker', 'browser']],
    ['Vercel Edge Functions', ['edge-light', 'worker', 'browser']],
  ])('gives the one-file-per-module build to %s, which sets its own esbuild conditions', async (_label, conditions) => {
    // With `conditions` set, esbuild no longer adds `module`: the `worker` and `browser` keys catch these builds.
    const dir = project(`resolve-${conditions[0]}`, 'module');
    writeFileSync(join(dir, 'worker.js'), `import { WabaCore } from 'wabakit';\nexport default { fetch: () => new Response(typeof WabaCore) };\n`);
    const inputs = await bundledWabakitFiles(dir, 'worker.js', { platform: 'browser', conditions });
    expect(inputs).toContain('node_modules/wabakit/dist/waba-core.js');
    expect(inputs.filter((file) => file.includes('/dist/node/'))).toEqual([]);
  });
});
