/**
 * `wabakit/phone`: turns a free-form international phone number into the `cc` + `phone_number` pair that
 * `POST /{WABA_ID}/phone_numbers` expects (contract §2.2).
 *
 * A separate entry point because it is the only module that loads libphonenumber-js (~29 KB gzip with the
 * `min` metadata, style §6.8): users who already have `cc` and `phone_number` never pay for it on a cold start.
 * @packageDocumentation
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors/validation-error.js';

/** A phone number split the way Graph wants it when adding a number to a WABA. */
export interface PhoneNumberParts {
  /** Country calling code without `+`, e.g. `'65'`. */
  readonly cc: string;
  /** National significant number without the country code, trunk prefix or punctuation, e.g. `'81234567'`. */
  readonly phone_number: string;
}

// A leading `+` is required. `00…` is NOT read as an international prefix: the dialling prefix differs by
// country (00, 011, 0011, 000…), so guessing could attach a number to the wrong country. Only ASCII digits and
// the usual punctuation are allowed, so vanity letters, extensions and surrounding text never get "extracted".
const SHAPE = /^\+[0-9 ().\-]*$/;
// Longest sensible formatted number; also bounds the work done on hostile input.
const MAX_INPUT_LENGTH = 40;

// Every message is static: the number (personal data) is never echoed.
const MESSAGES = {
  type: 'must be a string',
  plus: 'must start with "+" and the country calling code, e.g. +65 8123 4567 (replace an international dialling prefix such as 00 or 011 with "+")',
  shape: 'may contain only digits, spaces, hyphens, dots and parentheses after the leading "+"',
  empty: 'must contain the country calling code and the number after the "+"',
  country: 'has an unknown country calling code',
  short: 'is too short for its country (short codes and emergency numbers cannot be used)',
  long: 'is too long for its country',
  length: 'has a length that no phone number of its country has',
  invalid: 'is not a valid phone number for its country',
} as const;

type Check = { readonly ok: true; readonly parts: PhoneNumberParts } | { readonly ok: false; readonly message: string };

function check(input: unknown): Check {
  if (typeof input !== 'string') return { ok: false, message: MESSAGES.type };
  // Pasted numbers often carry tabs, no-break or thin spaces; libphonenumber only skips plain ones.
  const text = input.trim().replace(/\s+/gu, ' ');
  if (!text.startsWith('+')) return { ok: false, message: MESSAGES.plus };
  if (text.length > MAX_INPUT_LENGTH || !SHAPE.test(text)) return { ok: false, message: MESSAGES.shape };
  if (!/[0-9]/.test(text)) return { ok: false, message: MESSAGES.empty };

  const lengthProblem = validatePhoneNumberLength(text);
  if (lengthProblem === 'INVALID_COUNTRY') return { ok: false, message: MESSAGES.country };
  if (lengthProblem === 'NOT_A_NUMBER') return { ok: false, message: MESSAGES.empty };
  if (lengthProblem === 'TOO_SHORT') return { ok: false, message: MESSAGES.short };
  if (lengthProblem === 'TOO_LONG') return { ok: false, message: MESSAGES.long };
  if (lengthProblem === 'INVALID_LENGTH') return { ok: false, message: MESSAGES.length };

  const parsed = parsePhoneNumberFromString(text, { extract: false });
  if (parsed === undefined) return { ok: false, message: MESSAGES.country };
  // isValid() also rejects numbers of the right length in unassigned ranges (e.g. +1 555 area code).
  if (!parsed.isValid()) return { ok: false, message: MESSAGES.invalid };
  return { ok: true, parts: { cc: parsed.countryCallingCode, phone_number: parsed.nationalNumber } };
}

/**
 * Splits an international phone number into the country calling code and the national number, as
 * `POST /{WABA_ID}/phone_numbers` expects them (`cc`, `phone_number`).
 *
 * The input must start with `+` and the country calling code; spaces (of any kind), hyphens, dots and
 * parentheses are ignored (`+65 8123 4567`, `+1 (631) 555-5555`, `+6581234567`, `+44 (0)20 7946 0958`).
 * `0065…` and other dialling prefixes are rejected rather than guessed, since the prefix differs by country.
 * The national number is the national significant number: no trunk `0` (UK `+44 20…` → `2079460958`) except
 * where it is part of the number (Italy `+39 06…` → `0612345678`). Short codes, emergency numbers, extensions, impossible lengths, unassigned ranges
 * and unknown country codes are rejected. Validation uses libphonenumber's `min` metadata (length and
 * leading-digit rules; it cannot tell a mobile from a landline).
 *
 * @throws {ValidationError} `direction: 'request'`, subject `phone number`, when the input is not a valid
 * international number. The message never contains the number.
 * @example
 * import { splitPhoneNumber } from 'wabakit/phone';
 * const { cc, phone_number } = splitPhoneNumber('+1 (631) 555-5555'); // { cc: '1', phone_number: '6315555555' }
 * const params = { cc, phone_number, verified_name: 'Lucky Shrub' }; // body of POST /{WABA_ID}/phone_numbers
 */
export function splitPhoneNumber(input: string): PhoneNumberParts {
  const result = check(input);
  if (result.ok) return result.parts;
  const issue: ValidationIssue = {
    path: [],
    message: result.message,
    code: typeof input === 'string' ? 'invalid_format' : 'invalid_type',
  };
  throw new ValidationError({ direction: 'request', subject: 'phone number', issues: [issue] });
}

/**
 * A zod/mini schema for an international phone number (`+` and country calling code), with the rules of
 * {@link splitPhoneNumber}.
 *
 * The output is the input string unchanged; call {@link splitPhoneNumber} to get `cc` and `phone_number`.
 * Issue messages never contain the number.
 *
 * @example
 * import { InternationalPhoneNumber } from 'wabakit/phone';
 * InternationalPhoneNumber.safeParse('+65 8123 4567').success; // true
 * InternationalPhoneNumber.safeParse('112').success;           // false
 */
export const InternationalPhoneNumber = z.string(MESSAGES.type).check(
  z.superRefine((value, ctx) => {
    const result = check(value);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message, input: value });
  }),
);
/** An international phone number string, such as `+65 8123 4567`. */
export type InternationalPhoneNumber = z.infer<typeof InternationalPhoneNumber>;
