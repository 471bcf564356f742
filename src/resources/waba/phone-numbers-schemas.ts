import * as z from 'zod/mini';
import { DisplayName } from '../../schemas/display-name.js';
import { CountryCallingCode, GraphId, NationalNumber } from '../../schemas/ids.js';
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

/**
 * Params of `waba.phoneNumbers.add` as they go on the wire (contract §2.2).
 * - `cc`: country calling code without `+` (`'65'`); `phone_number`: the national number **without** it
 *   (`'81234567'`; [OA23]'s "E.164" is wrong, §8). Or pass `phone: '+65 8123 4567'` to `add` instead of both.
 * - `verified_name`: the display name Meta reviews (2–75 characters); required unless migrating, where the number
 *   keeps its approved name.
 * - `migrate_phone_number: true`: move a number registered on another WABA (then request/verify a code and
 *   register it on this one) — prefer `client.migration.start`, which keeps a resumable checkpoint.
 * - `preverified_id`: id of a pre-verified number of your business portfolio.
 */
export const WabaPhoneNumberAddParams = z
  .strictObject({
    cc: CountryCallingCode,
    phone_number: NationalNumber,
    verified_name: z.optional(DisplayName),
    migrate_phone_number: z.optional(z.boolean('migrate_phone_number must be a boolean')),
    preverified_id: z.optional(GraphId),
  })
  .check(
    z.refine((params) => params.migrate_phone_number === true || params.verified_name !== undefined, {
      message: 'verified_name is required when adding a new number (only a migration keeps the existing name)',
      path: ['verified_name'],
    }),
  );
export type WabaPhoneNumberAddParams = z.infer<typeof WabaPhoneNumberAddParams>;

/**
 * Params `T` with the number as one international string instead of `cc` + `phone_number`; the string is split
 * with libphonenumber-js, loaded only when `phone` is used.
 */
export type WithPhone<T> = Omit<T, 'cc' | 'phone_number'> & {
  /** International number starting with `+` and the country calling code, e.g. `'+65 8123 4567'`. */
  readonly phone: string;
  readonly cc?: never;
  readonly phone_number?: never;
};

/**
 * What `waba.phoneNumbers.add` accepts: the wire params ({@link WabaPhoneNumberAddParams}), or the same with
 * `phone: '+65 8123 4567'` in place of `cc` + `phone_number`.
 */
export type WabaPhoneNumberAddInput = WabaPhoneNumberAddParams | WithPhone<WabaPhoneNumberAddParams>;
