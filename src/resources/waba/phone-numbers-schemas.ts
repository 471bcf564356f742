import { z } from 'zod/mini';
import type { PhoneNumberField } from '../../schemas/phone-number-info.js';
import { fieldList } from '../fields.js';

/**
 * Sort orders Graph accepts on `/phone_numbers`. The spec's `last_onboarded_time.desc` form is rejected live
 * (contract §2.1, §8); these are the working names. Default: most recently onboarded first.
 */
export const PHONE_NUMBER_SORTS = [
  'last_onboarded_time_ascending',
  'last_onboarded_time_descending',
  'creation_time_ascending',
  'creation_time_descending',
] as const;

/** One filter of `/phone_numbers` (beta at Meta): e.g. `{ field: 'account_mode', operator: 'EQUAL', value: 'LIVE' }`. */
export const PhoneNumberFilter = z.strictObject({
  field: z.enum(['account_mode', 'messaging_limit_tier', 'is_official_business_account']),
  operator: z.enum(['EQUAL', 'NOT_EQUAL', 'IN', 'NOT_IN']),
  // Booleans must stay JSON booleans: `"false"` is rejected live (contract §2.1).
  value: z.union([z.string(), z.boolean(), z.array(z.string())]),
});
export type PhoneNumberFilter = z.infer<typeof PhoneNumberFilter>;

/** Params of `waba.phoneNumbers.list` (contract §2.1). */
export const WabaPhoneNumbersListParams = z.strictObject({
  fields: z.optional(fieldList<readonly PhoneNumberField[]>(['unified_cert_status'])),
  sort: z.optional(z.enum(PHONE_NUMBER_SORTS)),
  filtering: z.optional(z.array(PhoneNumberFilter).check(z.minLength(1))),
  /** Page size, 1–100. @default 25 (Graph's) */
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  /** Ask for `summary.total_count`. */
  summary: z.optional(z.literal('total_count')),
  after: z.optional(z.string().check(z.minLength(1))),
  before: z.optional(z.string().check(z.minLength(1))),
});
export type WabaPhoneNumbersListParams = z.infer<typeof WabaPhoneNumbersListParams>;
