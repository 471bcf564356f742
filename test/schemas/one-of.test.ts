import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CamsRequestCodeParams } from '../../src/cams/resources/verification.js';
import { VerificationRequestCodeParams } from '../../src/resources/verification/schemas.js';
import { oneOf } from '../../src/schemas/one-of.js';

// What a ValidationError keeps of an issue (internal/validate.ts): path, message, code.
function outcome(result: { success: boolean; data?: unknown; error?: { issues: readonly z.core.$ZodIssue[] } }) {
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error?.issues.map(({ path, message, code }) => ({ path, message, code })) };
}

const VALUES = ['SMS', 'VOICE'] as const;
const MESSAGE = 'code_method must be "SMS" or "VOICE"';
const viaEnum = z.strictObject({ m: z.enum(VALUES, MESSAGE) });
const viaOneOf = z.strictObject({ m: oneOf(VALUES, MESSAGE) });

// Inputs near the set (case, spaces, other methods) and anything else; `undefined` stands for a missing key.
const candidate = fc.oneof(
  fc.constantFrom('SMS', 'VOICE', 'sms', 'Voice', ' SMS', 'SMS ', 'IVR', '', 'SMSVOICE'),
  fc.anything(),
  fc.constant(undefined),
);

describe('oneOf fails exactly as z.enum does', () => {
  it('same success, value, paths, messages and issue codes for any input', () => {
    fc.assert(
      fc.property(candidate, fc.boolean(), (value, present) => {
        const input = present ? { m: value } : {};
        expect(outcome(viaOneOf.safeParse(input))).toEqual(outcome(viaEnum.safeParse(input)));
      }),
    );
  });

  it('accepts exactly the listed values', () => {
    expect(viaOneOf.safeParse({ m: 'VOICE' })).toMatchObject({ success: true, data: { m: 'VOICE' } });
    expect(viaOneOf.safeParse({ m: 'voice' }).success).toBe(false);
    expect(viaOneOf.safeParse({}).success).toBe(false);
  });

  it("CAMS's requestCode params check what Graph's check, with the same issues", () => {
    const field = fc.oneof(candidate, fc.constantFrom('en', 'en_US', 'english!', 'EN'));
    fc.assert(
      fc.property(fc.record({ code_method: field, language: field, extra: field }, { requiredKeys: [] }), (params) => {
        expect(outcome(CamsRequestCodeParams.safeParse(params))).toEqual(outcome(VerificationRequestCodeParams.safeParse(params)));
      }),
    );
  });
});
