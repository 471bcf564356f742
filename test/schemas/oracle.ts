import fc from 'fast-check';
import { expect } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '../../src/errors/validation-error.js';
import { acceptsAsIs } from '../../src/internal/accepts-as-is.js';
import { parseOrThrow } from '../../src/internal/validate.js';
import { difference } from '../helpers/identical.js';

// Tools for oracle tests: a schema rewritten without some zod kinds (issue #12) against its former zod form,
// which each test file keeps verbatim. Same result means: same `safeParse` output or issues (key order included),
// same `parseOrThrow` result or ValidationError, same accepts-as-is answer, same `z.toJSONSchema`.

type Schema = z.ZodMiniType;

/**
 * Values shaped like what `schema` (the oracle: its kinds are the plain ones) accepts, one node in six off —
 * wrong types, the legacy `'true'`, -0, NaN, missing and extra keys, an own `__proto__`.
 */
export function near(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def as unknown as Record<string, any>;
  const noise = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom('', 'x', 'true', 'false', 0, -0, 1.5, NaN, Infinity, true, false, null, undefined),
  );
  if (depth > 5) return noise;
  const inner = (s: Schema) => near(s, depth + 1);
  let shaped: fc.Arbitrary<unknown>;
  switch (def['type']) {
    case 'string':
      shaped = fc.string({ maxLength: 4 });
      break;
    case 'number':
      shaped = fc.oneof(fc.integer(), fc.double());
      break;
    case 'boolean':
      shaped = fc.boolean();
      break;
    case 'enum':
    case 'literal':
      shaped = fc.constantFrom(...(schema._zod.values ?? new Set(['x'])), 'OTHER');
      break;
    case 'optional':
      shaped = fc.option(inner(def['innerType']), { nil: undefined });
      break;
    case 'nullable':
      shaped = fc.option(inner(def['innerType']), { nil: null });
      break;
    case 'pipe':
      shaped = inner(def['in']);
      break;
    case 'union':
      shaped = fc.oneof(...(def['options'] as Schema[]).map(inner));
      break;
    case 'array':
      shaped = fc.array(inner(def['element']), { maxLength: 3 });
      break;
    case 'object': {
      const shape = def['shape'] as Record<string, Schema>;
      const keys = Object.keys(shape);
      shaped = fc
        .tuple(
          fc.subarray(keys),
          fc.tuple(...keys.map((key) => inner(shape[key]!))),
          fc.dictionary(fc.constantFrom('extra', 'constructor', 'toString'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
          fc.constantFrom('none', 'extra', 'proto'),
        )
        .map(([present, values, extra, kind]) => {
          const value: Record<string, unknown> = kind === 'proto' ? JSON.parse('{"__proto__":{"polluted":1}}') : {};
          keys.forEach((key, index) => {
            if (present.includes(key)) value[key] = values[index];
          });
          return kind === 'extra' ? { ...value, ...extra } : value;
        });
      break;
    }
    default:
      shaped = noise;
  }
  return fc.oneof({ arbitrary: shaped, weight: 5 }, { arbitrary: noise, weight: 1 });
}

const parsed = (schema: Schema, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

const validated = (schema: Schema, value: unknown) => {
  try {
    // With the fast path, as `WabaClient` runs it (a core client's zod-only path is covered by zod's own answer above).
    return { data: parseOrThrow(schema, value, 'response', { subject: 'oracle test response', status: 200, asIs: acceptsAsIs }) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { message: error.message, issues: error.issues, json: JSON.stringify(error) };
  }
};

/** `schema` does to `value` exactly what `oracle` did (and as cheaply: same accepts-as-is answer). */
export function expectSameOutcome(schema: Schema, oracle: Schema, value: unknown): void {
  expect(difference(parsed(schema, value), parsed(oracle, value))).toBeUndefined();
  expect(difference(validated(schema, value), validated(oracle, value))).toBeUndefined();
  expect(acceptsAsIs(schema, value)).toBe(acceptsAsIs(oracle, value));
}

const TARGETS = ['draft-2020-12', 'draft-07', 'draft-04', 'openapi-3.0'] as const;

/** What `z.toJSONSchema` makes of the schema for every target and direction (its text, or its error). */
export function jsonSchemas(schema: Schema): string[] {
  return TARGETS.flatMap((target) =>
    (['input', 'output'] as const).map((io) => {
      try {
        return `${target} ${io}: ${JSON.stringify(z.toJSONSchema(schema, { target, io }))}`;
      } catch (error) {
        return `${target} ${io}: throws ${String(error)}`;
      }
    }),
  );
}
