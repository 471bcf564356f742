import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeIssue, describeType, formatPath } from '../../src/internal/validate.js';

const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,11}$/);
const segment = fc.oneof(key, fc.nat({ max: 50 }));

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets, as JavaScript does', () => {
    expect(formatPath(['entry', 0, 'changes', 0, 'value', 'restriction_info', 0, 'expiration'])).toBe(
      'entry[0].changes[0].value.restriction_info[0].expiration',
    );
    expect(formatPath([])).toBe('');
    expect(formatPath([3, 'id'])).toBe('[3].id');
  });

  it('is the concatenation of its segments for any path', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (path) => {
        const expected = path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
        expect(formatPath(path)).toBe(expected);
      }),
    );
  });
});

describe('describeIssue', () => {
  const parse = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value, { error: describeIssue }).error?.issues ?? [];

  it('says what was expected and the type that came, for any wrongly typed value, never the value itself', () => {
    fc.assert(
      fc.property(fc.anything().filter((value) => typeof value !== 'string'), (value) => {
        const [issue] = parse(z.string(), value);
        expect(issue?.message).toBe(`expected string, got ${describeType(value)}`);
      }),
      { numRuns: 1_000 },
    );
    fc.assert(
      fc.property(fc.string().map((text) => `pii-${text}`), (value) => {
        const [issue] = parse(z.looseObject({ a: z.number() }), { a: value });
        expect(issue).toMatchObject({ path: ['a'], message: 'expected number, got string' });
        expect(JSON.stringify(issue)).not.toContain('pii-');
      }),
      { numRuns: 300 },
    );
  });

  it('lists every type a union accepts, and says where a nearly matching branch failed', () => {
    expect(parse(z.union([z.string(), z.number()]), true)[0]?.message).toBe('expected string or number, got boolean');
    expect(parse(z.union([z.looseObject({ details: z.string() }), z.string()]), { details: 1 })[0]?.message).toBe(
      'expected object (details: expected string, got integer) or string, got object',
    );
  });

  it('keeps a schema\'s own message', () => {
    expect(parse(z.string('must be a string'), 1)[0]?.message).toBe('must be a string');
  });

  it('names integer, array and null apart from number and object', () => {
    expect([1, 1.5, [], null, {}, undefined].map(describeType)).toEqual(['integer', 'number', 'array', 'null', 'object', 'undefined']);
  });
});
