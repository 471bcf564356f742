import * as z from 'zod/mini';
import { DataLocalizationRegion } from '../../schemas/region.js';
import { Pin, VerificationCode } from '../../schemas/pin.js';

// The register family's params in a module of their own (issue #12): `operations/phone-number.ts` imports them,
// and a handler that only registers must not bundle the display-name, webhook-URL and field-list schemas of
// `phone-number/schemas.ts` (which re-exports `PhoneNumberRegisterParams` under its old path).

/**
 * Params of `PhoneNumber.register` (contract §3.4).
 * - `pin`: the number's two-step verification PIN — the existing one, or the PIN to set if there is none.
 *   Exactly six ASCII digits, as a string (a number would lose leading zeros).
 * - `data_localization_region`: turn on local storage in one of the 14 allowed countries. It cannot be changed
 *   while registered: deregister, then register with the new value.
 */
export const PhoneNumberRegisterParams = z.strictObject({
  pin: Pin,
  data_localization_region: z.optional(DataLocalizationRegion),
});
export type PhoneNumberRegisterParams = z.infer<typeof PhoneNumberRegisterParams>;

/**
 * Params of the fused verify-and-register step: the code Meta sent, and on Graph the PIN (and region) the
 * register half needs. CAMS narrows them to `{ code }`.
 */
export const VerifyAndRegisterParams = z.strictObject({
  code: VerificationCode,
  pin: Pin,
  data_localization_region: z.optional(DataLocalizationRegion),
});
export type VerifyAndRegisterParams = z.infer<typeof VerifyAndRegisterParams>;
