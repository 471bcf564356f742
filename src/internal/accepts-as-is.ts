// Types only: a value import of `z.core.*` would defeat tree shaking (all of zod's core, compiler included).
import type { z } from 'zod/mini';
import { OK, OWN_VERDICT, REJECT, UNSURE, type OwnVerdict, type Verdict } from './as-is-verdict.js';

// Why this exists (issue #12): zod/mini validates by building a copy of the input (its objects are the
// interpreted `$ZodObject`, not the JIT of classic zod), and it runs every declared key of a shape even when the
// answer left it out — a 100-item `/phone_numbers` page costs ~30 schema runs per item. `z.compile` would be
// faster but needs `new Function` (Workers, strict CSP) and adds ~10 kB gzip to every handler bundle.
//
// Instead, for the JSON of a response, we ask a cheaper question first: "would zod accept this value and return
// a value equal to it?" If yes, the parsed JSON itself is the result (no copy); otherwise —
// invalid, or zod would transform, default or strip something — the caller runs zod as before, so errors,
// paths and transforms are exactly zod's. The answer is built once per schema from its definition; node kinds
// it does not model are handed to zod itself ("islands", accepted only when zod returns the very same value).

type Check = (value: unknown) => Verdict;
type Schema = z.core.$ZodType;

/** The signature of {@link acceptsAsIs}, as the clients that use it hand it to the pipeline. @internal */
export type AsIsCheck = (schema: Schema, value: unknown) => boolean;
/** The fields of zod's definitions read here (each kind has its own def type; this is their union, loosely). */
interface Def {
  readonly type: string;
  readonly checks?: readonly unknown[] | undefined;
  readonly coerce?: boolean | undefined;
  readonly innerType?: Schema;
  readonly options?: readonly Schema[];
  readonly element?: Schema;
  readonly discriminator?: unknown;
  readonly inclusive?: boolean | undefined;
}

const checks = new WeakMap<Schema, Check>();

/**
 * True when `schema.safeParse(value)` would succeed with a result deep-equal to `value` (same keys — order
 * aside —, same prototypes), so `value` can be used as the parse result without copying it.
 *
 * `value` must be JSON data as `JSON.parse` returns it (plain objects and arrays, no getters); for anything
 * else the answer is still safe but usually "no". False never means invalid: run zod then.
 */
export function acceptsAsIs(schema: Schema, value: unknown): boolean {
  // An enumerable key on Object.prototype would be copied by zod's for-in into an own key of the result.
  for (const _ in Object.prototype) return false;
  return checkOf(schema)(value) === OK;
}

function checkOf(schema: Schema): Check {
  let check = checks.get(schema);
  if (check === undefined) {
    check = build(schema);
    checks.set(schema, check);
  }
  return check;
}

function build(schema: Schema): Check {
  // A hand-checked leaf (schemas/shape.ts) states its verdict itself: as an island it would cost a zod run per
  // field of every list item. Own property of this very instance, so a schema derived from it has none.
  const own = (schema as { readonly [OWN_VERDICT]?: OwnVerdict })[OWN_VERDICT];
  if (own !== undefined && Object.hasOwn(schema, OWN_VERDICT)) return own;
  const zod = schema._zod;
  const def = zod.def as unknown as Def;
  // A string whose checks are all lengths or patterns (ids, `id` of every list item): checked here, since as an
  // island it would cost a zod run per item of every page (issue #12, the walk).
  const ownChecks = def.type === 'string' && !def.coerce && !zod.traits.has('$ZodCheck') ? stringChecks(def.checks) : undefined;
  if (ownChecks !== undefined) return checkedString(ownChecks, island(schema));
  // Other checks (refine, trim, formats — a format is itself a check) and coercion: zod's own run decides.
  if (def.checks?.length || zod.traits.has('$ZodCheck') || def.coerce) return island(schema);
  // exactOptional rejects a present `undefined`, which plain optional accepts.
  if (zod.traits.has('$ZodExactOptional')) return island(schema);
  switch (def.type) {
    case 'string':
    case 'boolean':
      return (value) => (typeof value === def.type ? OK : REJECT);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? OK : REJECT);
    case 'unknown':
    case 'any':
      return () => OK;
    case 'enum':
    case 'literal':
    case 'null': {
      const values = zod.values;
      return values ? (value) => (values.has(value as never) ? OK : REJECT) : island(schema);
    }
    case 'optional':
    case 'nullable': {
      const inner = def.innerType!;
      // A default under .optional() substitutes a value for undefined: not the input any more.
      if (inner._zod.optin === 'defaulted') return island(schema);
      const empty = def.type === 'optional' ? undefined : null;
      const innerCheck = checkOf(inner);
      return (value) => (value === empty ? OK : innerCheck(value));
    }
    case 'union':
      return def.discriminator === undefined && def.inclusive !== false
        ? union(def.options!.map(checkOf))
        : island(schema);
    case 'array':
      return array(checkOf(def.element!));
    case 'object':
      return object(schema as z.core.$ZodObject) ?? island(schema);
    default:
      return island(schema);
  }
}

/** zod returns the first option without issues: its verdict is ours, and an unsure one ends the search. */
function union(options: readonly Check[]): Check {
  return (value) => {
    for (const option of options) {
      const verdict = option(value);
      if (verdict !== REJECT) return verdict;
    }
    return REJECT;
  };
}

function array(item: Check): Check {
  return (value) => {
    if (!Array.isArray(value)) return REJECT;
    if (Object.getPrototypeOf(value) !== Array.prototype) return UNSURE;
    for (const element of value) {
      const verdict = item(element);
      if (verdict !== OK) return verdict;
    }
    return OK;
  };
}

/**
 * A loose shape (`unknown` catchall, what every response schema uses), returned as is by zod when every key
 * passes. Strict and stripping shapes are left to zod (islands).
 */
function object(schema: z.core.$ZodObject): Check | undefined {
  const def = schema._zod.def;
  const shape = def.shape as Record<string, Schema>;
  const keys = Object.keys(shape);
  if (Object.getOwnPropertySymbols(shape).length > 0 || keys.includes('__proto__')) return undefined;
  const catchall = def.catchall?._zod.def;
  if (catchall?.type !== 'unknown' || catchall.checks?.length) return undefined;
  const fields = new Map<string, { readonly check: Check; readonly required: boolean }>();
  let required = 0;
  for (const key of keys) {
    const { optin, optout } = shape[key]!._zod;
    // Required (absent → issue) or plainly optional (absent → nothing); defaults would add a key.
    if (optin !== undefined && (optin !== 'optional' || optout !== 'optional')) return undefined;
    if (optin === undefined) required++;
    fields.set(key, { check: checkOf(shape[key]!), required: optin === undefined });
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECT;
    if (Object.getPrototypeOf(value) !== Object.prototype) return UNSURE;
    // Walk the keys present (a list item holds 4 of the node's 31 fields), not the shape.
    const record = value as Record<string, unknown>;
    let present = 0;
    for (const key in record) {
      const field = fields.get(key);
      if (field === undefined) {
        // zod keeps unknown keys, but drops an own `__proto__` from its copy.
        if (key === '__proto__') return UNSURE;
        continue;
      }
      const verdict = field.check(record[key]);
      if (verdict !== OK) return verdict;
      if (field.required) present++;
    }
    return present === required ? OK : REJECT;
  };
}

/** A string check that says OK when zod's check certainly passes, UNSURE otherwise (zod's run then decides). */
type StringCheck = (value: string) => typeof OK | typeof UNSURE;

/** The def of a zod check instance, in the fields read here. */
interface CheckDef {
  readonly check?: string;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: RegExp;
}

/**
 * The checks of a string schema as {@link StringCheck}s, or `undefined` when one of them is not a length or a
 * regex (a refinement, an overwrite such as `trim`, …) or there are none.
 *
 * zod counts lengths in code points, not UTF-16 units (a code point is one or two units): so only the verdicts that
 * hold in both measures are taken here — `units >= 2 × minimum` clears a minimum, `units <= maximum` fits a
 * maximum — and the rest goes to zod. A check that fails here may still pass in zod (a custom `when` skips it), so
 * a failure is never a rejection by itself either: zod's run decides.
 */
function stringChecks(list: readonly unknown[] | undefined): StringCheck[] | undefined {
  if (!list?.length) return undefined;
  const out: StringCheck[] = [];
  for (const check of list) {
    const def = (check as { readonly _zod?: { readonly def?: CheckDef } })._zod?.def;
    if (def?.check === 'min_length' && typeof def.minimum === 'number') {
      const floor = def.minimum * 2;
      out.push((value) => (value.length >= floor ? OK : UNSURE));
    } else if (def?.check === 'max_length' && typeof def.maximum === 'number') {
      const ceiling = def.maximum;
      out.push((value) => (value.length <= ceiling ? OK : UNSURE));
    } else if (def?.check === 'string_format' && def.format === 'regex' && def.pattern instanceof RegExp) {
      const pattern = def.pattern;
      out.push((value) => {
        pattern.lastIndex = 0; // as zod does: a /g or /y pattern keeps state between tests
        return pattern.test(value) ? OK : UNSURE;
      });
    } else {
      return undefined;
    }
  }
  return out;
}

/** A string that passes every check is zod's own result; anything else is left to `zod` (its island). */
function checkedString(list: readonly StringCheck[], zod: Check): Check {
  return (value) => {
    if (typeof value !== 'string') return REJECT;
    for (const check of list) if (check(value) !== OK) return zod(value);
    return OK;
  };
}

/**
 * Any other node: zod's own run, accepted only when it returns the input itself (no transform, no copy). zod
 * returns a fresh copy of every object or array, so those are not run here (no double work): zod decides.
 */
function island(schema: Schema): Check {
  return (value) => {
    if (typeof value === 'object' && value !== null) return UNSURE;
    try {
      const result = schema._zod.run({ value, issues: [] }, { async: false });
      if (result instanceof Promise) return UNSURE;
      if (result.issues.length > 0) return REJECT;
      return Object.is(result.value, value) ? OK : UNSURE;
    } catch {
      return UNSURE;
    }
  };
}
