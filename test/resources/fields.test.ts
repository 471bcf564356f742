import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formEncode } from '../../src/core/wire.js';
import { fieldList, joinFields } from '../../src/resources/fields.js';

const name = fc.constantFrom('status', 'throughput', 'quality_rating', 'id', 'Bad-Name', '1x', 'banned_one', 'a'.repeat(70));

/** The rules without any memory: what every parse must agree with. */
function reference(fields: readonly string[]): string[] {
  const problems: string[] = [];
  if (fields.length < 1) problems.push('fields must list at least one field');
  if (!fields.every((f) => /^[a-z][a-z0-9_]*$/.test(f))) problems.push('each field must be a snake_case Graph field name');
  if (new Set(fields).size !== fields.length) problems.push('fields must not repeat');
  if (fields.some((f) => f === 'banned_one')) problems.push('these fields are documented but rejected by Graph: banned_one');
  return problems;
}

describe('fieldList and joinFields remember the last list (issue #12) without ever changing a verdict', () => {
  it('any sequence of lists, fresh or the same array changed in place, gets the verdict and join of a fresh check', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(name, { maxLength: 4 }), fc.boolean()), { maxLength: 12 }), (steps) => {
        const schema = fieldList(['banned_one']);
        const reused: string[] = [];
        for (const [names, inPlace] of steps) {
          // Either a new array, or the caller's one array emptied and refilled (same identity, new contents).
          const fields = inPlace ? (reused.splice(0, reused.length, ...names), reused) : [...names];
          const result = schema.safeParse(fields);
          const expected = reference(fields);
          expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(expected);
          expect(joinFields({ fields, limit: 5 })).toEqual({ fields: fields.join(','), limit: 5 });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('joinFields without fields leaves them out', () => {
    expect(joinFields({ limit: 1 } as { fields?: readonly string[]; limit: number })).toEqual({ limit: 1 });
    expect(joinFields({ fields: undefined })).toEqual({});
  });

  it('formEncode gives the same answer for a repeated long value and after another value in between', () => {
    const long = `${'quality_rating,'.repeat(10)}status (x)`;
    const encoded = new URLSearchParams([['k', long]]).toString().slice(2);
    expect(formEncode(long)).toBe(encoded);
    expect(formEncode(`${long}`)).toBe(encoded);
    expect(formEncode(`${long}!`)).toBe(`${encoded}%21`);
    expect(formEncode('short')).toBe('short');
    expect(formEncode(long)).toBe(encoded);
  });
});
