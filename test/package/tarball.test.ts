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

  it('keeps libphonenumber-js out of the main entry', () => {
    // The ESM build is one file per module: walk the static import graph of dist/index.js (relative specifiers,
    // `import` and `export … from`, and literal `import()`, which a bundler would inline). Neither
    // libphonenumber-js nor wabakit/phone may be in it: `add({ phone })` loads them through a variable specifier.
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
    visit(join(dir, 'index.js'));
    expect(seen.size).toBeGreaterThan(20);
    expect([...bare].filter((specifier) => specifier.startsWith('libphonenumber-js'))).toEqual([]);
    expect(seen.has(join(dir, 'phone.js'))).toBe(false);
    expect(bare).toContain('ky');
  });
});
