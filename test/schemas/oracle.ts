import { expect } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '../../src/errors/validation-error.js';
import { acceptsAsIs } from '../../src/internal/accepts-as-is.js';
import { parseOrThrow } from '../../src/internal/validate.js';
import { difference } from '../helpers/identical.js';

// Tools for oracle tests: a schema rewritten without some zod kinds (issue #12) against its former zod form,
// which each test file keeps verbatim; values come from test/helpers/schema-values.ts `near`. Same result means: same `safeParse` output or issues (key order included),
// same `parseOrThrow` result or ValidationError, same accepts-as-is answer, same `z.toJSONSchema`.

type Schema = z.ZodMiniType;

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
