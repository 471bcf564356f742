import * as z from 'zod/mini';
import { unicodeRegex } from '../../internal/unicode-regex.js';
import { DisplayName } from '../../schemas/display-name.js';
import { Pin } from '../../schemas/pin.js';
import type { PhoneNumberField, PhoneNumberInfo } from '../../schemas/phone-number-info.js';
import { fieldList } from '../fields.js';
import { webUrl } from './text-rules.js';

/** Fields of a phone number that Graph documents but rejects (contract §3.1, §8). */
const REJECTED_FIELDS = ['unified_cert_status'];

/**
 * Params of `PhoneNumber.retrieve`: which fields to read. Without `fields`, Graph returns
 * `id, display_phone_number, verified_name, quality_rating`.
 */
export const PhoneNumberRetrieveParams = z.strictObject({
  fields: z.optional(fieldList<readonly PhoneNumberField[]>(REJECTED_FIELDS)),
});
export type PhoneNumberRetrieveParams = z.infer<typeof PhoneNumberRetrieveParams>;

/** A phone number narrowed to the fields you asked for (each may still be absent if Graph omits it). */
export type PhoneNumberInfoWith<F extends PhoneNumberField> = Pick<PhoneNumberInfo, F | 'id'>;

// Moved to the registration module, so a register-only handler does not bundle this file (issue #12); the old
// import path keeps working.
export { PhoneNumberRegisterParams } from '../registration/schemas.js';

/**
 * Params of `PhoneNumber.setPin` (contract §3.2): the new two-step verification PIN, six ASCII digits as a
 * string. Setting a PIN needs no old PIN; a PIN cannot be removed through the API.
 */
export const PhoneNumberSetPinParams = z.strictObject({ pin: Pin });
export type PhoneNumberSetPinParams = z.infer<typeof PhoneNumberSetPinParams>;

/**
 * Params of `PhoneNumber.requestDisplayNameChange` (contract §3.2): the name to submit for review, 2–75
 * characters without edge whitespace or control characters (see `DisplayName`).
 */
export const PhoneNumberDisplayNameChangeParams = z.strictObject({ new_display_name: DisplayName });
export type PhoneNumberDisplayNameChangeParams = z.infer<typeof PhoneNumberDisplayNameChangeParams>;

// Meta sends the verification GET to the callback with this token; an empty one could never be checked. The
// control-character test is built on first use (internal/unicode-regex.ts: a `\p{…}` literal costs start-up time).
const hasControl = /* @__PURE__ */ unicodeRegex('[\\p{Cc}\\p{Zl}\\p{Zp}]');
const VerifyToken = z.string('verify_token must be a string').check(
  z.minLength(1, 'verify_token must not be empty'),
  z.maxLength(1024, 'verify_token must be at most 1024 characters long'),
  z.refine((value) => !hasControl(value), 'verify_token must not contain control characters or line breaks'),
);

/**
 * Params of `PhoneNumber.updateWebhookOverride` ([D-WHO], contract §3.2).
 * - `override_callback_uri`: where this number's webhooks go instead of the WABA's or the app's callback; an
 *   absolute `https://` URL of at most 200 characters.
 * - `verify_token`: the token Meta sends in the verification request to that URL (a secret: never logged).
 */
export const PhoneNumberWebhookOverrideParams = z.strictObject({
  override_callback_uri: webUrl('override_callback_uri', 200, { httpsOnly: true }),
  verify_token: VerifyToken,
});
export type PhoneNumberWebhookOverrideParams = z.infer<typeof PhoneNumberWebhookOverrideParams>;

/** Fields read by `PhoneNumber.displayNameStatus()`. */
export const DISPLAY_NAME_STATUS_FIELDS = ['name_status', 'new_display_name', 'new_name_status'] as const;

/** Review state of the display name: `name_status`, and after a change request `new_display_name` / `new_name_status`. */
export type DisplayNameStatus = PhoneNumberInfoWith<(typeof DISPLAY_NAME_STATUS_FIELDS)[number]>;

/** `throughput` of a phone number: `{ level: 'STANDARD' | 'HIGH' | 'NOT_APPLICABLE' | … }`. */
export type PhoneNumberThroughput = NonNullable<PhoneNumberInfo['throughput']>;
