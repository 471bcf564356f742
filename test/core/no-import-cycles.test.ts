/**
 * The provider seam's layering (issue #9 §1): no import cycle anywhere in src/, type-only imports included — in
 * particular none between the clients and the resources (resources depend on `GraphRequester` / `CamsRequester`,
 * never on a client class) — and the CAMS entry reaches nothing of the Graph client.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FILES = sourceFiles(SRC);
const GRAPH = new Map(
  FILES.map((file) => {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/g)]
      .map((match) => resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts')))
      .filter((dep) => FILES.includes(dep));
    return [file, deps] as const;
  }),
);

function cycles(): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const dep of GRAPH.get(file) ?? []) {
      if (state.get(dep) === 'open') found.push([...stack.slice(stack.indexOf(dep)), dep].map((p) => relative(SRC, p)).join(' → '));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of FILES) if (!state.has(file)) visit(file);
  return found;
}

function reachable(from: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of GRAPH.get(file) ?? []) walk(dep);
  };
  walk(join(SRC, from));
  return new Set([...seen].map((p) => relative(SRC, p)));
}

describe('import graph of src/', () => {
  it('has no cycle (type-only imports included)', () => {
    expect(cycles()).toEqual([]);
  });

  it('wabakit/cams reaches neither the Graph client nor the Graph request wire', () => {
    const fromCams = reachable('cams/index.ts');
    expect(fromCams.has('client.ts')).toBe(false);
    expect(fromCams.has('core/request.ts')).toBe(false);
    expect([...fromCams].filter((file) => /^resources\/(phone-number|waba|verification)\/(phone-number|waba|phone-numbers|verification)\.ts$/.test(file))).toEqual([]);
  });

  it('the Graph client reaches nothing of CAMS', () => {
    expect([...reachable('index.ts')].filter((file) => file.startsWith('cams/'))).toEqual([]);
  });
});
