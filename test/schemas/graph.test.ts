import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { CursorPaging, IdResponse, type OpenEnum, openEnum, paged, SuccessResponse } from '../../src/schemas/graph.js';
import { near } from '../helpers/schema-values.js';
import { expectSameOutcome, jsonSchemas } from './oracle.js';

// The oracles: the zod forms that openEnum and SuccessResponse had before they became hand-checked leaves (issue
// #12), verbatim. The leaves must do exactly what these did.
function oracleOpenEnum<const Known extends readonly [string, ...string[]]>(values: Known) {
  const message = 'must be a string';
  return z.union([z.enum(values), z.string(message)], message) as unknown as z.ZodMiniType<OpenEnum<Known[number]>, string>;
}
const OracleSuccessResponse = z.looseObject(
  { success: z.union([z.literal(true), z.pipe(z.literal('true'), z.transform((): true => true))], 'must be true') },
  'must be an object',
);

describe('openEnum and SuccessResponse against their former zod forms (oracle)', () => {
  const known = ['RED', 'GREEN'] as const;
  const cases = [
    ['openEnum', openEnum(known), oracleOpenEnum(known)],
    ['openEnum in an object', z.looseObject({ color: z.optional(openEnum(known)), list: z.array(openEnum(known)) }), z.looseObject({ color: z.optional(oracleOpenEnum(known)), list: z.array(oracleOpenEnum(known)) })],
    ['SuccessResponse', SuccessResponse, OracleSuccessResponse],
  ] as const;

  it.each(cases)('%s: same output, issues, ValidationError and accepts-as-is answer for any value', (_name, schema, oracle) => {
    fc.assert(
      fc.property(fc.oneof(near(oracle), fc.anything()), (value) => expectSameOutcome(schema, oracle, value)),
      { numRuns: 1000 },
    );
  });

  it('openEnum: same JSON Schema for every target and direction', () => {
    expect(jsonSchemas(openEnum(known))).toEqual(jsonSchemas(oracleOpenEnum(known)));
    const inObject = (e: z.ZodMiniType) => z.looseObject({ a: e, b: z.optional(e) });
    expect(jsonSchemas(inObject(openEnum(known)))).toEqual(jsonSchemas(inObject(oracleOpenEnum(known))));
  });

  it('SuccessResponse: no JSON Schema in either direction (the one change, in the changeset: its output had none, a transform; its input had one)', () => {
    expect(() => z.toJSONSchema(OracleSuccessResponse, { io: 'output' })).toThrow('cannot be represented');
    expect(() => z.toJSONSchema(OracleSuccessResponse, { io: 'input' })).not.toThrow();
    for (const io of ['input', 'output'] as const) expect(() => z.toJSONSchema(SuccessResponse, { io })).toThrow('cannot be represented');
  });

  it('has the types of the former forms', () => {
    expectTypeOf<z.infer<typeof SuccessResponse>>().toEqualTypeOf<z.infer<typeof OracleSuccessResponse>>();
    expectTypeOf<z.input<typeof SuccessResponse>>().toEqualTypeOf<z.input<typeof OracleSuccessResponse>>();
    expectTypeOf<z.infer<ReturnType<typeof openEnum<typeof known>>>>().toEqualTypeOf<z.infer<ReturnType<typeof oracleOpenEnum<typeof known>>>>();
    expectTypeOf(openEnum(known)).toEqualTypeOf(oracleOpenEnum(known));
  });
});

describe('openEnum', () => {
  const Color = openEnum(['RED', 'GREEN']);

  it('accepts the known values', () => {
    expect(Color.parse('RED')).toBe('RED');
    expect(Color.parse('GREEN')).toBe('GREEN');
  });

  it('keeps every unknown string unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(Color.parse(value)).toBe(value);
      }),
    );
  });

  it('rejects non-strings with a readable message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object()), (value) => {
        const result = Color.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.message).toBe('must be a string');
      }),
    );
  });

  it('types as the known literals plus any string', () => {
    expectTypeOf<z.infer<typeof Color>>().toEqualTypeOf<OpenEnum<'RED' | 'GREEN'>>();
    expectTypeOf<'RED'>().toExtend<z.infer<typeof Color>>();
    expectTypeOf<'PURPLE'>().toExtend<z.infer<typeof Color>>();
    // Not collapsed to `string`: the known literals are still visible to the compiler.
    expectTypeOf<z.infer<typeof Color>>().not.toEqualTypeOf<string>();
  });
});

describe('SuccessResponse', () => {
  it('accepts { success: true }', () => {
    expect(SuccessResponse.parse({ success: true })).toEqual({ success: true });
  });

  it('normalises the legacy string "true" to the boolean', () => {
    const parsed = SuccessResponse.parse({ success: 'true' });
    expect(parsed.success).toBe(true);
    expectTypeOf(parsed.success).toEqualTypeOf<true>();
  });

  it('keeps extra fields (verify_code may return an id)', () => {
    expect(SuccessResponse.parse({ success: true, id: '123' })).toEqual({ success: true, id: '123' });
  });

  it.each([{ success: false }, { success: 'false' }, { success: 'TRUE' }, { success: 1 }, {}, null, 'true', []])(
    'rejects %j',
    (value) => {
      const result = SuccessResponse.safeParse(value);
      expect(result.success).toBe(false);
    },
  );

  it('explains a wrong success value', () => {
    const result = SuccessResponse.safeParse({ success: false });
    expect(result.error?.issues[0]).toMatchObject({ path: ['success'], message: 'must be true' });
  });
});

describe('IdResponse', () => {
  it('accepts a string id and keeps extra fields', () => {
    expect(IdResponse.parse({ id: '106540352242922', extra: 1 })).toEqual({ id: '106540352242922', extra: 1 });
  });

  it.each([{ id: 106540352242922 }, { id: '' }, {}, { data: [] }])('rejects %j', (value) => {
    expect(IdResponse.safeParse(value).success).toBe(false);
  });
});

describe('CursorPaging', () => {
  it('accepts full, partial and empty paging blocks and keeps unknown keys', () => {
    const full = {
      cursors: { before: 'QVFIUjNp', after: 'QVFIUjRn' },
      next: 'https://graph.facebook.com/v23.0/1/phone_numbers?after=QVFIUjRn',
      previous: 'https://graph.facebook.com/v23.0/1/phone_numbers?before=QVFIUjNp',
    };
    expect(CursorPaging.parse(full)).toEqual(full);
    expect(CursorPaging.parse({ cursors: { after: 'MTAx' } })).toEqual({ cursors: { after: 'MTAx' } });
    expect(CursorPaging.parse({})).toEqual({});
    expect(CursorPaging.parse({ cursors: { after: 'x', version_id: 7 }, foo: 1 })).toEqual({
      cursors: { after: 'x', version_id: 7 },
      foo: 1,
    });
  });

  it('rejects a non-string cursor', () => {
    const result = CursorPaging.safeParse({ cursors: { after: 42 } });
    expect(result.error?.issues[0]).toMatchObject({ path: ['cursors', 'after'], message: 'must be a string' });
  });
});

describe('paged', () => {
  const Item = z.looseObject({ id: z.string() });
  const Page = paged(Item);

  it('parses data, paging and summary', () => {
    const body = {
      data: [{ id: '1' }, { id: '2', extra: true }],
      paging: { cursors: { before: 'a', after: 'b' } },
      summary: { total_count: 2 },
    };
    expect(Page.parse(body)).toEqual(body);
  });

  it('accepts a bare data array (paging and summary optional)', () => {
    expect(Page.parse({ data: [] })).toEqual({ data: [] });
  });

  it('validates every item with the item schema, with the index in the path', () => {
    const result = Page.safeParse({ data: [{ id: '1' }, { id: 2 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['data', 1, 'id']);
  });

  it('rejects a missing or non-array data', () => {
    expect(Page.safeParse({}).success).toBe(false);
    expect(Page.safeParse({ data: { id: '1' } }).error?.issues[0]?.message).toBe('must be an array');
    expect(Page.safeParse({ data: [], summary: { total_count: '2' } }).success).toBe(false);
  });

  it('infers the item type', () => {
    expectTypeOf<z.infer<typeof Page>['data'][number]['id']>().toEqualTypeOf<string>();
  });

  it('keeps arbitrary items when the item schema does', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string() })), (data) => {
        expect(Page.parse({ data }).data).toEqual(data);
      }),
    );
  });
});
