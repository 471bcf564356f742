import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CamsPhoneDigits } from '../../../src/cams/core/params.js';

const RUNS = 2_000;

// The schema as it was before issue #12 (a pipe into a transform, then a second string schema): the reference the
// single-schema form must match on every input, output and issue alike.
const PIPE_FORM = z.pipe(
  z.pipe(
    z.string('phone number must be a string'),
    z.transform((value: string) => value.trim().replace(/^\+/, '').replace(/[\s().-]/g, '')),
  ),
  z.string().check(z.regex(/^[1-9][0-9]{7,14}$/, 'phone number must be the country code and national number: 8 to 15 digits, optionally after "+"')),
);

function outcome(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? { success: true, data: result.data as unknown }
    : { success: false, issues: result.error.issues.map((issue) => ({ code: issue.code, path: issue.path, message: issue.message })) };
}

/** Phone-like text: digits, the separators CAMS numbers are written with, and a few characters that must fail. */
const phoneLike = fc
  .array(fc.constantFrom('0', '1', '2', '5', '6', '8', '9', '+', ' ', '-', '.', '(', ')', '\t', '\n', 'a', '#', '٣', '\u00a0'), { maxLength: 24 })
  .map((parts) => parts.join(''));

describe('CamsPhoneDigits (one string schema with an in-place rewrite)', () => {
  it('gives the same result and issues as the pipe form for phone-like text', () => {
    fc.assert(
      fc.property(phoneLike, (input) => {
        expect(outcome(CamsPhoneDigits, input)).toEqual(outcome(PIPE_FORM, input));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same result and issues as the pipe form for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(outcome(CamsPhoneDigits, input)).toEqual(outcome(PIPE_FORM, input));
      }),
      { numRuns: RUNS },
    );
  });

  it('normalises the documented spellings and rejects what is not 8–15 digits', () => {
    expect(CamsPhoneDigits.parse('+65 8123 4567')).toBe('6581234567');
    expect(CamsPhoneDigits.parse(' (65) 8123-45.67 ')).toBe('6581234567');
    expect(CamsPhoneDigits.safeParse('+0658123456').success).toBe(false);
    expect(CamsPhoneDigits.safeParse('1234567').success).toBe(false);
    expect(CamsPhoneDigits.safeParse('1234567890123456').success).toBe(false);
    expect(outcome(CamsPhoneDigits, 6581234567)).toEqual({
      success: false,
      issues: [{ code: 'invalid_type', path: [], message: 'phone number must be a string' }],
    });
  });
});
