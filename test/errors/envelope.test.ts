import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { errorDetails, parseGraphError, type GraphErrorBody } from '../../src/errors/envelope.js';
import { difference } from '../helpers/identical.js';

// The oracle: the zod form of the envelope that src/errors/envelope.ts replaced (issue #12), kept verbatim. The
// plain reader must return exactly what it returned.

function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((value): z.output<T> | undefined => {
        const result = schema.safeParse(value);
        return result.success ? result.data : undefined;
      }),
    ),
  );
}

const str = lenient(z.string());
const bool = lenient(z.boolean());
const int = lenient(
  z.union([
    z.int(),
    z.pipe(
      z.string().check(z.regex(/^-?\d{1,15}$/)),
      z.transform((value: string) => Number(value)),
    ),
  ]),
);

const OracleErrorData = lenient(z.union([z.string(), z.looseObject({ details: str, messaging_product: str })]));

const OracleErrorBody = z.looseObject({
  message: str,
  type: str,
  code: int,
  error_subcode: int,
  error_user_title: str,
  error_user_msg: str,
  error_data: OracleErrorData,
  details: str,
  fbtrace_id: str,
  is_transient: bool,
});
type OracleBody = z.infer<typeof OracleErrorBody>;

const OracleEnvelope = z.looseObject({ error: OracleErrorBody });

function oracleParse(body: unknown): OracleBody | undefined {
  const result = OracleEnvelope.safeParse(body);
  if (!result.success) return undefined;
  const error = result.data.error;
  return error.code !== undefined || error.message !== undefined ? error : undefined;
}

// Values a field can hold, biased towards the edges of each reader: numeric strings around the 15-digit limit,
// integers around the safe range, -0, fractions, look-alike digits, objects for error_data.
const scalar = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.constantFrom('0', '-0', '7', '-12', '80008', '123456789012345', '1234567890123456', '-123456789012345', '1.5', ' 1', '1e3', '0x1', '\uff11', '', 'true'),
  fc.integer(),
  fc.constantFrom(-0, 0.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER - 2, 1e21, NaN, Infinity),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const KEYS = ['message', 'type', 'code', 'error_subcode', 'error_user_title', 'error_user_msg', 'error_data', 'details', 'fbtrace_id', 'is_transient'];
const EXTRA = ['future_field', 'constructor', 'toString', 'hasOwnProperty', 'messaging_product', 'error'];
const looseRecord = (keys: readonly string[], value: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fc.dictionary(fc.constantFrom(...keys, ...EXTRA), value, { maxKeys: 6 }), fc.boolean())
    // Some with an own `__proto__` key, as JSON.parse makes it.
    .map(([record, withProto]) => (withProto ? Object.assign(JSON.parse('{"__proto__":{"polluted":1}}'), record) : record));
const errorData = fc.oneof(scalar, looseRecord(['details', 'messaging_product'], scalar), fc.array(scalar, { maxLength: 2 }));
const errorMember = fc.oneof(looseRecord(KEYS, fc.oneof(scalar, errorData)), scalar, fc.array(scalar, { maxLength: 2 }));
const body = fc.oneof(
  { arbitrary: looseRecord(['error'], errorMember), weight: 6 },
  { arbitrary: fc.record({ error: errorMember }), weight: 6 },
  { arbitrary: fc.anything(), weight: 1 },
  { arbitrary: fc.jsonValue().map((v) => JSON.parse(JSON.stringify({ error: v }))), weight: 2 },
);

describe('parseGraphError against the former zod schema (oracle)', () => {
  it('returns exactly what zod returned: same values, undefined-valued keys, key order and prototypes', () => {
    fc.assert(
      fc.property(body, (input) => {
        expect(difference(parseGraphError(input), oracleParse(input))).toBeUndefined();
      }),
      { numRuns: 3000 },
    );
  });

  it('reads inherited keys as zod did (`in` and `for…in`)', () => {
    const error = Object.assign(Object.create({ code: 5, inherited: 'x' }), { message: 'm' });
    expect(parseGraphError({ error })).toMatchObject({ code: 5, message: 'm', inherited: 'x' });
    expect(difference(parseGraphError({ error }), oracleParse({ error }))).toBeUndefined();
    const inherited = Object.create({ error: { code: 1 } });
    expect(difference(parseGraphError(inherited), oracleParse(inherited))).toBeUndefined();
  });

  it('has the type zod inferred', () => {
    expectTypeOf<GraphErrorBody>().toEqualTypeOf<OracleBody>();
  });
});

describe('parseGraphError', () => {
  it('reads the documented envelope (contract §7.1)', () => {
    const error = parseGraphError({
      error: {
        message: '(#130429) Rate limit hit',
        type: 'OAuthException',
        code: 130429,
        error_subcode: 2494055,
        error_user_title: 't',
        error_user_msg: 'm',
        is_transient: true,
        error_data: { messaging_product: 'whatsapp', details: 'd' },
        fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
    });
    expect(error).toMatchObject({ code: 130429, error_subcode: 2494055, is_transient: true, fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam' });
    expect(error && errorDetails(error)).toBe('d');
  });

  it('reads error_data as a string', () => {
    const error = parseGraphError({ error: { code: 100, error_data: 'details as text' } });
    expect(error && errorDetails(error)).toBe('details as text');
  });

  it('keeps unknown keys (tolerant schema)', () => {
    expect(parseGraphError({ error: { code: 1, future_field: 'x' }, other: true })?.['future_field']).toBe('x');
  });

  it('turns a numeric-string code into a number but rejects fractions and words', () => {
    expect(parseGraphError({ error: { code: '80008' } })?.code).toBe(80008);
    expect(parseGraphError({ error: { code: 1.5, message: 'm' } })?.code).toBeUndefined();
    expect(parseGraphError({ error: { code: 'abc', message: 'm' } })?.code).toBeUndefined();
  });

  it.each([
    ['no error member', { message: 'x' }],
    ['error as a string', { error: 'invalid_token' }],
    ['error without code or message', { error: { type: 'OAuthException' } }],
    ['an array', [{ error: { code: 1 } }]],
    ['a string', '{"error":{"code":1}}'],
    ['null', null],
  ])('is undefined for %s', (_label, body) => {
    expect(parseGraphError(body)).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ error: fc.anything() })), (body) => {
        parseGraphError(body);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('errorDetails — top-level details (issue #13)', () => {
  it('falls back to error.details when error_data has none', () => {
    const error = parseGraphError({ error: { code: 131051, details: 'Message type is not currently supported' } });
    expect(error && errorDetails(error)).toBe('Message type is not currently supported');
    const both = parseGraphError({ error: { code: 131051, details: 'top', error_data: { details: 'nested' } } });
    expect(both && errorDetails(both)).toBe('nested');
  });

  it('a wrongly typed top-level details reads as absent and hides nothing else', () => {
    const error = parseGraphError({ error: { code: 131051, details: 42, message: 'm' } });
    expect(error).toMatchObject({ code: 131051, message: 'm' });
    expect(error && errorDetails(error)).toBeUndefined();
  });
});
