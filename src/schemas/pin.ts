import * as z from 'zod/mini';

// Contract §3.2/§3.4 (two-step PIN) and §3.3 (verification code): both are exactly 6 ASCII digits, sent as a
// string. Checking locally saves an attempt against Meta's counters (a wrong PIN counts towards 133008 lockout).
// `[0-9]`, not `\d`, so that full-width or Arabic-Indic digits can never slip through under a Unicode flag;
// JavaScript's `$` without the `m` flag does not match before a trailing newline.
const SIX_ASCII_DIGITS = /^[0-9]{6}$/;

// Messages are static and contain no digits, so no PIN or code can ever be echoed in them.
const PIN_TYPE = 'PIN must be a string of exactly six digits';
const PIN_FORMAT = 'PIN must be exactly six ASCII digits (no spaces, signs or other characters)';
const CODE_TYPE = 'verification code must be a string of exactly six digits';
const CODE_FORMAT = 'verification code must be exactly six ASCII digits (no spaces, signs or other characters)';

/**
 * Six ASCII digits as a string. Both schemas are built through a call marked `@__PURE__`: a `.check()` chain at
 * module level is not provably pure, and would keep `Pin` in a bundle that needs only `VerificationCode` (issue #12:
 * the CAMS register handler).
 */
function sixDigits(typeMessage: string, formatMessage: string) {
  return z.string(typeMessage).check(z.regex(SIX_ASCII_DIGITS, formatMessage));
}

/**
 * The 6-digit two-step verification PIN of a business phone number, as a string (`'012345'`).
 *
 * Leading zeros are significant, so pass a string, never a number. Only ASCII `0`–`9` are accepted: no
 * spaces, full-width (`１２３４５６`) or other-script digits. The value is returned unchanged. Error messages
 * never contain the PIN.
 *
 * @example
 * Pin.parse('012345');          // '012345'
 * Pin.safeParse(12345).success; // false — numbers lose leading zeros
 */
export const Pin = /* @__PURE__ */ sixDigits(PIN_TYPE, PIN_FORMAT);
/** A 6-digit two-step verification PIN (ASCII digits, as a string). */
export type Pin = z.infer<typeof Pin>;

/**
 * The 6-digit code Meta sent by SMS or voice, for `verify_code` (contract §3.3: `^[0-9]{6}$`).
 *
 * Same rule as {@link Pin}: exactly six ASCII digits as a string, leading zeros kept. Error messages never
 * contain the code.
 *
 * @example
 * VerificationCode.parse('004821'); // '004821'
 */
export const VerificationCode = /* @__PURE__ */ sixDigits(CODE_TYPE, CODE_FORMAT);
/** A 6-digit verification code (ASCII digits, as a string). */
export type VerificationCode = z.infer<typeof VerificationCode>;
