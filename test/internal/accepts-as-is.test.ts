import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as cams from '../../src/cams/index.js';
import { ValidationError } from '../../src/errors/validation-error.js';
import * as sdk from '../../src/index.js';
import { acceptsAsIs } from '../../src/internal/accepts-as-is.js';
import { parseOrThrow } from '../../src/internal/validate.js';
import { CursorPaging, IdResponse, paged, SuccessResponse } from '../../src/schemas/graph.js';
import { HealthStatus, PhoneNumberInfo } from '../../src/schemas/phone-number-info.js';
import * as webhooks from '../../src/webhooks/index.js';
import { getPhoneNumberExamples } from '../schemas/fixtures/phone-number-examples.js';
import { near } from '../helpers/schema-values.js';

type Schema = z.core.$ZodType;
const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && '_zod' in value && typeof (value as Schema)._zod?.run === 'function';

/** A minLength(3) whose `when` (zod's hook for skipping a check; not in the params type) always says skip. */
function skippedMinLength() {
  const check = z.minLength(3);
  check._zod.def.when = () => false;
  return check;
}

// Every schema the SDK exports (responses, params, webhooks, CAMS), plus hand-made ones for each zod kind the
// checker models or hands back to zod (transforms, defaults, stripping, records, formats, refinements…).
const synthetic: Record<string, Schema> = {
  strip: z.object({ a: z.string(), b: z.optional(z.number()) }),
  strict: z.strictObject({ a: z.string(), b: z.optional(z.boolean()) }),
  loose: z.looseObject({ a: z.nullable(z.string()), n: z.optional(z.looseObject({ x: z.array(z.number()) })) }),
  defaulted: z.looseObject({ a: z._default(z.string(), 'x'), b: z.optional(z._default(z.number(), 1)) }),
  exactOptional: z.looseObject({ a: z.exactOptional(z.string()) }),
  requiredUnknown: z.looseObject({ a: z.unknown() }),
  transformUnion: z.union([z.pipe(z.string(), z.transform((s) => s.toUpperCase())), z.string()]),
  numberPipe: z.pipe(z.number(), z.transform((n) => n)),
  refined: z.looseObject({ a: z.string().check(z.refine((s) => s.length < 3)) }),
  minLength: z.array(z.string().check(z.minLength(1))),
  minLength2: z.array(z.string().check(z.minLength(2))),
  maxLength2: z.array(z.string().check(z.maxLength(2))),
  digits: z.array(z.string().check(z.regex(/^[0-9]{1,20}$/), z.minLength(1), z.maxLength(20))),
  globalPattern: z.array(z.string().check(z.regex(/ab/g))),
  skippedCheck: z.array(z.string().check(skippedMinLength())),
  trimmed: z.array(z.string().check(z.trim(), z.minLength(1))),
  unionOfChecked: z.union([z.string().check(z.regex(/^a/)), z.pipe(z.string(), z.transform((s) => s.length))]),
  format: z.looseObject({ mail: z.optional(z.email()), int: z.optional(z.int()) }),
  record: z.looseObject({ r: z.optional(z.record(z.string(), z.string())) }),
  tuple: z.tuple([z.string(), z.number()]),
  enums: z.array(z.union([z.enum(['A', 'B']), z.literal(1), z.null()])),
  catchallSchema: z.catchall(z.object({ a: z.string() }), z.number()),
  refinedObject: z.looseObject({ a: z.string() }).check(z.refine((o) => o.a !== 'no')),
  discriminated: z.discriminatedUnion('k', [z.looseObject({ k: z.literal('a') }), z.looseObject({ k: z.literal('b'), v: z.string() })]),
};
const exported = Object.entries({ ...sdk, ...webhooks, ...cams }).filter(([, value]) => isSchema(value)) as [string, Schema][];
const ALL: [string, Schema][] = [...exported, ...Object.entries(synthetic)];

// Schemas made only of kinds the checker models: for these it must also say yes whenever zod would return an
// equal value (otherwise "always no" would pass the soundness property).
const MODELLED: [string, Schema][] = [
  ['PhoneNumberInfo', PhoneNumberInfo],
  ['paged(PhoneNumberInfo)', paged(PhoneNumberInfo)],
  ['HealthStatus', HealthStatus],
  ['IdResponse', IdResponse],
  ['CursorPaging', CursorPaging],
  ['SuccessResponse', SuccessResponse],
  ...(['loose', 'requiredUnknown', 'minLength', 'minLength2', 'maxLength2', 'digits', 'globalPattern', 'enums'] as const).map((name): [string, Schema] => [name, synthetic[name]!]),
];

/** What the pipeline hands to validation: JSON data as `JSON.parse` makes it. */
const asJson = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
};

const equalsStrictly = (a: unknown, b: unknown) => {
  try {
    expect(a).toStrictEqual(b);
    return true;
  } catch {
    return false;
  }
};

describe('acceptsAsIs', () => {
  it('covers the SDK: every exported schema is checked below', () => {
    expect(exported.length).toBeGreaterThan(50);
  });

  it.each(ALL)('says yes only when zod accepts and returns an equal value: %s', (_name, schema) => {
    fc.assert(
      fc.property(near(schema).map(asJson), (value) => {
        if (!acceptsAsIs(schema, value)) return;
        const result = schema['~standard'].validate(value) as { value?: unknown; issues?: unknown };
        expect(result.issues).toBeUndefined();
        expect(result.value).toStrictEqual(value);
      }),
      { numRuns: 150 },
    );
  });

  it.each(MODELLED)('says yes whenever zod returns an equal value: %s', (_name, schema) => {
    let accepted = 0;
    fc.assert(
      fc.property(near(schema, { offWeight: 60, ownProto: false }).map(asJson), (value) => {
        const result = schema['~standard'].validate(value) as { value?: unknown; issues?: unknown };
        if (result.issues === undefined && equalsStrictly(result.value, value)) {
          accepted++;
          expect(acceptsAsIs(schema, value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The generator must reach the "yes" side, or the property above proves nothing.
    expect(accepted).toBeGreaterThan(10);
  });

  it("accepts every example answer of Meta's spec for the phone-number node", () => {
    for (const example of Object.values(getPhoneNumberExamples)) expect(acceptsAsIs(PhoneNumberInfo, asJson(example))).toBe(true);
  });

  it('leaves to zod what zod would change (an own __proto__ key, a transform, a default, stripped keys) and strict shapes', () => {
    expect(acceptsAsIs(IdResponse, JSON.parse('{"id":"1","__proto__":{"polluted":true}}'))).toBe(false);
    expect(acceptsAsIs(paged(IdResponse), JSON.parse('{"data":[{"id":"1","__proto__":{}}]}'))).toBe(false);
    expect(acceptsAsIs(SuccessResponse, { success: 'true' })).toBe(false);
    expect(acceptsAsIs(SuccessResponse, { success: true })).toBe(true);
    expect(acceptsAsIs(synthetic['defaulted']!, {})).toBe(false);
    expect(acceptsAsIs(synthetic['strip']!, { a: 'x', extra: 1 })).toBe(false);
    expect(acceptsAsIs(synthetic['strict']!, { a: 'x' })).toBe(false);
    expect(acceptsAsIs(synthetic['transformUnion']!, 'abc')).toBe(false);
    expect(acceptsAsIs(synthetic['numberPipe']!, 3)).toBe(true);
  });

  it('counts code points for minLength as zod does (an emoji is two UTF-16 units, one character)', () => {
    expect(acceptsAsIs(synthetic['minLength2']!, ['\ud83d\ude00'])).toBe(false);
    expect(acceptsAsIs(synthetic['minLength2']!, ['\ud83d\ude00a', 'ab'])).toBe(true);
    expect(acceptsAsIs(synthetic['minLength']!, [''])).toBe(false);
    expect(acceptsAsIs(synthetic['minLength']!, ['\ud83d'])).toBe(true);
  });

  it('checks lengths and patterns of strings itself, and leaves a failed or custom check to zod', () => {
    // A code point is one or two units: 3 units of 2 emoji fit a maximum of 2 code points (zod's run says so).
    expect(acceptsAsIs(synthetic['maxLength2']!, ['ab', '\ud83d\ude00\ud83d\ude00'])).toBe(true);
    expect(acceptsAsIs(synthetic['maxLength2']!, ['abc'])).toBe(false);
    expect(acceptsAsIs(synthetic['digits']!, ['106540352242922'])).toBe(true);
    expect(acceptsAsIs(synthetic['digits']!, ['10654035224292a'])).toBe(false);
    // A global pattern keeps lastIndex between tests (zod resets it before each): every item is still accepted.
    expect(acceptsAsIs(synthetic['globalPattern']!, ['ab', 'ab', 'ab'])).toBe(true);
    // `when` returns false: zod skips the check, so the value passes although it is too short.
    expect(acceptsAsIs(synthetic['skippedCheck']!, [''])).toBe(true);
    // An overwrite (trim) changes the value: zod's result is not the input.
    expect(acceptsAsIs(synthetic['trimmed']!, [' a '])).toBe(false);
  });

  it('says no while Object.prototype has an enumerable key (zod would copy it into the result)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['injected'] = 1;
    try {
      expect(acceptsAsIs(IdResponse, { id: '1' })).toBe(false);
    } finally {
      delete proto['injected'];
    }
    expect(acceptsAsIs(IdResponse, { id: '1' })).toBe(true);
  });

  it('says no for objects that are not plain (zod returns a plain copy)', () => {
    expect(acceptsAsIs(IdResponse, Object.assign(Object.create(null), { id: '1' }))).toBe(false);
    class Answer {
      id = '1';
    }
    expect(acceptsAsIs(IdResponse, new Answer())).toBe(false);
  });
});

describe('parseOrThrow with the as-is path', () => {
  it('returns a valid response itself, without a copy; without the check (a core client), zod parses a copy', () => {
    const body = asJson(getPhoneNumberExamples.comprehensive_response);
    expect(parseOrThrow(PhoneNumberInfo, body, 'response', { subject: 'test response', asIs: acceptsAsIs })).toBe(body);
    const parsed = parseOrThrow(PhoneNumberInfo, body, 'response', { subject: 'test response' });
    expect(parsed).not.toBe(body);
    expect(parsed).toEqual(body);
  });

  it("still returns zod's value when zod transforms, and copies requests", () => {
    expect(parseOrThrow(SuccessResponse, { success: 'true' }, 'response', { subject: 'test response', asIs: acceptsAsIs })).toEqual({ success: true });
    const params = { id: '1' };
    const parsed = parseOrThrow(IdResponse, params, 'request', { subject: 'test params', asIs: acceptsAsIs });
    expect(parsed).toEqual(params);
    expect(parsed).not.toBe(params);
  });

  it('still throws a ValidationError with the path of the first bad item', () => {
    const body = asJson({ data: [{ id: '1' }, { id: '2', status: 7 }] });
    const error = (() => {
      try {
        parseOrThrow(paged(PhoneNumberInfo), body, 'response', { subject: 'test response', status: 200, asIs: acceptsAsIs });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: ['data', 1, 'status'], message: 'must be a string', code: 'invalid_union' }]);
  });
});
