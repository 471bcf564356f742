import { invalidParam } from './graph-error.js';

/**
 * Splits a Graph `fields` value at top-level commas and keeps each field's name: `a,b{c,d},e.format(SVG)` →
 * `['a', 'b', 'e']`. Sub-selections and modifiers are accepted and ignored (the whole value is returned).
 * @internal
 */
export function parseFields(raw: string | undefined): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of raw) {
    if (char === '{' || char === '(') depth += 1;
    else if (char === '}' || char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  names.push(current);
  return names.map((name) => name.trim().split(/[{.(]/, 1)[0]?.trim() ?? '').filter((name) => name !== '');
}

/** A node's readable fields: name → value getter (a getter returning `undefined` omits the field). @internal */
export type FieldGetters = Readonly<Record<string, () => unknown>>;

/**
 * Builds a node's JSON for the requested fields (or the defaults). An unknown field fails the whole request
 * the way Graph does: `(#100) Tried accessing nonexisting field (x) on node type (T)` (contract §1.2).
 * @internal
 */
export function selectFields(
  getters: FieldGetters,
  requested: readonly string[] | undefined,
  defaults: readonly string[],
  nodeType: string,
  options: { readonly includeId?: boolean } = {},
): Record<string, unknown> {
  const names = requested ?? defaults;
  for (const name of names) {
    if (!Object.hasOwn(getters, name)) {
      throw invalidParam(
        `Tried accessing nonexisting field (${name}) on node type (${nodeType})`,
        `Tried accessing nonexisting field (${name}) on node type (${nodeType})`,
      );
    }
  }
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const value = getters[name]?.();
    if (value !== undefined) out[name] = value;
  }
  // Graph always echoes the node id last when a node is read with `fields=`.
  if ((options.includeId ?? true) && !('id' in out) && getters['id']) out['id'] = getters['id']();
  return out;
}
