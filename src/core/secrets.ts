import { isSecretKey } from './redact.js';

/**
 * Values of secret-named fields in the caller's params (pin, code, verify_token, VerifyCode…), to redact
 * everywhere: logs, errors, causes. @internal
 */
export function collectSecrets(value: unknown, depth = 0): string[] {
  if (typeof value !== 'object' || value === null || depth > 4) return [];
  // Array indexes are never secret names: only the elements are looked at (a `fields` list has dozens).
  if (Array.isArray(value)) return value.flatMap((item) => collectSecrets(item, depth + 1));
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (isSecretKey(key) && (typeof inner === 'string' || typeof inner === 'number')) found.push(String(inner));
    else found.push(...collectSecrets(inner, depth + 1));
  }
  return found;
}

const NONE: readonly string[] = Object.freeze([]);
const decided = new WeakMap<object, boolean>();

/**
 * {@link collectSecrets} of `value`, skipped when its schema can carry no secret: the walk is decided once per
 * params schema, not per call (issue #12: it walked every `fields` list of every read). A schema "can carry" one
 * when it names a secret field anywhere or lets unknown keys through (loose objects, records, `unknown`…); keys
 * a strict or stripping object drops never reach the wire, a log line or an error (issues name no values). @internal
 */
export function collectParamSecrets(schema: unknown, value: unknown): readonly string[] {
  if (typeof value !== 'object' || value === null) return NONE;
  if (typeof schema === 'object' && schema !== null) {
    let may = decided.get(schema);
    if (may === undefined) {
      may = mayHoldSecrets(schema, 0);
      decided.set(schema, may);
    }
    if (!may) return NONE;
  }
  return collectSecrets(value);
}

/** The zod 4 definition parts this walk reads (`schema._zod.def`); anything else counts as "may hold secrets". */
interface Def {
  readonly type?: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly catchall?: unknown;
  readonly innerType?: unknown;
  readonly element?: unknown;
  readonly options?: readonly unknown[];
  readonly left?: unknown;
  readonly right?: unknown;
  readonly in?: unknown;
  readonly items?: readonly unknown[];
  readonly rest?: unknown;
}

/** Types whose values hold no keys at all. */
const LEAVES = new Set(['string', 'number', 'boolean', 'bigint', 'literal', 'enum', 'null', 'undefined', 'void', 'nan', 'date', 'template_literal', 'never', 'symbol', 'file']);
/** Wrappers whose input is their `innerType`'s. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional', 'success']);

/** Conservative: `true` unless every part of the schema is known and none names a secret or admits unknown keys. */
function mayHoldSecrets(schema: unknown, depth: number): boolean {
  if (depth > 16 || typeof schema !== 'object' || schema === null) return true;
  const def = (schema as { _zod?: { def?: Def } })._zod?.def;
  const type = def?.type;
  if (def === undefined || type === undefined) return true;
  if (LEAVES.has(type)) return false;
  if (WRAPPERS.has(type)) return mayHoldSecrets(def.innerType, depth + 1);
  switch (type) {
    case 'object': {
      const catchall = def.catchall as { _zod?: { def?: Def } } | undefined;
      if (catchall !== undefined && catchall._zod?.def?.type !== 'never') return true; // loose: unknown keys go through
      for (const [key, inner] of Object.entries(def.shape ?? {})) {
        if (isSecretKey(key) || mayHoldSecrets(inner, depth + 1)) return true;
      }
      return false;
    }
    case 'array':
      return mayHoldSecrets(def.element, depth + 1);
    case 'union':
      return (def.options ?? [undefined]).some((option) => mayHoldSecrets(option, depth + 1));
    case 'intersection':
      return mayHoldSecrets(def.left, depth + 1) || mayHoldSecrets(def.right, depth + 1);
    case 'pipe':
      // The walk reads the caller's value, which is what `in` accepts (keys `in` drops are dropped for `out` too).
      return mayHoldSecrets(def.in, depth + 1);
    case 'tuple':
      return (def.items ?? []).some((item) => mayHoldSecrets(item, depth + 1)) || (def.rest != null && mayHoldSecrets(def.rest, depth + 1));
    default:
      return true; // record, map, set, any, unknown, custom, lazy, transform, …: keys we cannot know
  }
}
