import * as z from 'zod/mini';

// Contract §1.2: Graph ids are numeric strings, kept as `string` (they exceed Number.MAX_SAFE_INTEGER).
// Checking the shape locally also keeps an id from ever becoming a path segment such as '..' or '/me'.
// 20 digits is the width of an unsigned 64-bit integer, the largest id Graph hands out.
const GRAPH_ID = /^[0-9]{1,20}$/;

function graphId(label: string) {
  return digits(
    `${label} must be a string of digits`,
    GRAPH_ID,
    `${label} must be 1 to 20 ASCII digits, without spaces, signs or other characters`,
  );
}

/**
 * A string of digits matching `pattern`. Every schema here is built through a call marked `@__PURE__`, so a bundle
 * keeps only the ids it uses: a `.check()` chain at module level is not provably pure, and would keep all seven
 * (issue #12: a register handler needs only `PhoneNumberId`).
 */
function digits(typeMessage: string, pattern: RegExp, patternMessage: string) {
  return z.string(typeMessage).check(z.regex(pattern, patternMessage));
}

/**
 * Any Graph object id: a string of 1–20 ASCII digits (`'106540352242922'`).
 *
 * Numbers are rejected (they lose precision); so are `''`, `'.'`, `'..'`, `'/'`, spaces and `+`.
 *
 * @example
 * GraphId.parse('106540352242922'); // '106540352242922'
 * GraphId.safeParse(106540352242922).success; // false — pass ids as strings
 */
export const GraphId = /* @__PURE__ */ graphId('id');
/** A Graph object id (numeric string). */
export type GraphId = z.infer<typeof GraphId>;

/**
 * A WhatsApp Business Account id; same rule as {@link GraphId}.
 *
 * @example
 * WabaId.parse('102290129340398');
 */
export const WabaId = /* @__PURE__ */ graphId('WABA id');
/** A WhatsApp Business Account id (numeric string). */
export type WabaId = z.infer<typeof WabaId>;

/**
 * A business phone number id (not the phone number itself); same rule as {@link GraphId}.
 *
 * @example
 * PhoneNumberId.parse('106540352242922');
 */
export const PhoneNumberId = /* @__PURE__ */ graphId('phone number id');
/** A business phone number id (numeric string). */
export type PhoneNumberId = z.infer<typeof PhoneNumberId>;

/**
 * A Meta business portfolio (Business Manager) id; same rule as {@link GraphId}.
 *
 * @example
 * BusinessId.parse('506914307656634');
 */
export const BusinessId = /* @__PURE__ */ graphId('business id');
/** A business portfolio id (numeric string). */
export type BusinessId = z.infer<typeof BusinessId>;

/**
 * A Meta app id; same rule as {@link GraphId}.
 *
 * @example
 * AppId.parse('1234567890123456');
 */
export const AppId = /* @__PURE__ */ graphId('app id');
/** A Meta app id (numeric string). */
export type AppId = z.infer<typeof AppId>;

/**
 * `cc` when adding a phone number: the country calling code without `+`, 1–3 digits, no leading zero
 * (`'1'`, `'65'`, `'971'`) — contract §2.2.
 *
 * @example
 * CountryCallingCode.parse('65');
 * CountryCallingCode.safeParse('+65').success; // false — no plus sign
 */
export const CountryCallingCode = /* @__PURE__ */ digits(
  'cc must be a string of digits',
  /^[1-9][0-9]{0,2}$/,
  'cc must be a country calling code of 1 to 3 digits, without "+" or a leading zero',
);
/** A country calling code such as `'1'` or `'65'`. */
export type CountryCallingCode = z.infer<typeof CountryCallingCode>;

/**
 * `phone_number` when adding a phone number: the national number **without** the country calling code or `+`,
 * 4–14 ASCII digits (contract §2.2; [OA23]'s E.164 description is wrong, §8).
 *
 * Leading zeros are allowed because some countries keep them (Italy: `0612345678`). To split a free-form
 * international number into `cc` and `phone_number`, use `splitPhoneNumber` from `wabakit/phone`.
 *
 * @example
 * NationalNumber.parse('6315551234');
 */
export const NationalNumber = /* @__PURE__ */ digits(
  'phone_number must be a string of digits',
  /^[0-9]{4,14}$/,
  'phone_number must be 4 to 14 ASCII digits: the national number without the country calling code, "+", spaces or punctuation',
);
/** A national phone number (digits only, without the country calling code). */
export type NationalNumber = z.infer<typeof NationalNumber>;
