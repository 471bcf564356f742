import { z } from 'zod/mini';
import { DataLocalizationRegion } from '../../schemas/region.js';
import { Pin } from '../../schemas/pin.js';
import type { PhoneNumberField, PhoneNumberInfo } from '../../schemas/phone-number-info.js';
import { fieldList } from '../fields.js';

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
