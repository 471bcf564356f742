import * as z from 'zod/mini';
import { openEnum } from '../../schemas/graph.js';
import { looseObject, optionalString } from '../../schemas/shape.js';
import { fieldList } from '../fields.js';
import type { WabaField } from '../waba/schemas.js';

/** Graph's `filtering` operators (Graph API filtering syntax). */
export const FILTER_OPERATORS = [
  'EQUAL',
  'NOT_EQUAL',
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL',
  'IN_RANGE',
  'NOT_IN_RANGE',
  'CONTAIN',
  'NOT_CONTAIN',
  'IN',
  'NOT_IN',
  'ANY',
  'ALL',
  'NONE',
] as const;

/**
 * One filter of a Business WABA list, e.g.
 * `{ field: 'marketing_messages_onboarding_status', operator: 'IN', value: ['ELIGIBLE'] }` ([D-MM]).
 * Sent as Graph's JSON `filtering=[…]`; booleans and numbers stay JSON values.
 */
export const WabaFilter = z.strictObject({
  field: z.string('field must be a string').check(z.regex(/^[a-z][a-z0-9_.]*$/, 'field must be a snake_case Graph field name')),
  operator: z.enum(FILTER_OPERATORS, `operator must be one of ${FILTER_OPERATORS.join(', ')}`),
  value: z.union(
    [z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))],
    'value must be a string, number, boolean or an array of them',
  ),
});
export type WabaFilter = z.infer<typeof WabaFilter>;

const Cursor = z.string('cursor must be a string').check(z.minLength(1, 'cursor must not be empty'));
const Limit = z.int('limit must be an integer').check(z.minimum(1, 'limit must be at least 1'), z.maximum(100, 'limit must be at most 100'));

/**
 * Params of `business.ownedWabas.list` / `business.clientWabas.list` (contract §4.3, [SDKGEN], [D-MM]).
 * - `fields`: WABA fields to read (Graph's default: `id, name` and a few more on these edges);
 * - `filtering`: Graph filters, e.g. WABAs eligible for Marketing Messages Lite;
 * - `limit` (1–100), `after`, `before`: paging.
 */
export const BusinessWabasListParams = z.strictObject({
  fields: z.optional(fieldList<readonly WabaField[]>()),
  filtering: z.optional(z.array(WabaFilter).check(z.minLength(1, 'filtering must list at least one filter'))),
  limit: z.optional(Limit),
  after: z.optional(Cursor),
  before: z.optional(Cursor),
});
export type BusinessWabasListParams = z.infer<typeof BusinessWabasListParams>;

/**
 * `code_verification_status` of a pre-verified number: `NOT_VERIFIED`, `VERIFIED`, `EXPIRED` ([SDKGEN]).
 * Open on read; the list filter takes only these three.
 */
export const PreverifiedCodeVerificationStatus = openEnum(['NOT_VERIFIED', 'VERIFIED', 'EXPIRED']);
export type PreverifiedCodeVerificationStatus = z.infer<typeof PreverifiedCodeVerificationStatus>;

/**
 * A pre-verified number of a business portfolio (`GET /{BUSINESS_ID}/preverified_numbers`). [SDKGEN] fields:
 * `id, phone_number, code_verification_status, code_verification_time, verification_expiry_time, owner_business`;
 * [OA23]'s example uses other names (`display_phone_number`, `verification_status`…) — all kept, only `id` required.
 *
 * @example
 * for await (const number of business.preverifiedNumbers.list({ code_verification_status: 'VERIFIED' })) console.log(number.id);
 */
export const PreverifiedNumberInfo = looseObject({
  id: z.string('must be a string').check(z.minLength(1, 'must not be empty')),
  phone_number: optionalString(),
  code_verification_status: z.optional(PreverifiedCodeVerificationStatus),
  code_verification_time: optionalString(),
  verification_expiry_time: optionalString(),
  owner_business: z.optional(looseObject({ id: optionalString(), name: optionalString() })),
});
/** A pre-verified phone number of a business portfolio. */
export type PreverifiedNumberInfo = z.infer<typeof PreverifiedNumberInfo>;

/** Fields of a pre-verified number that can be requested with `fields=` ([SDKGEN]). */
export const PREVERIFIED_NUMBER_FIELDS = [
  'id',
  'phone_number',
  'code_verification_status',
  'code_verification_time',
  'verification_expiry_time',
  'owner_business',
] as const;
/** A field of the pre-verified number node. */
export type PreverifiedNumberField = (typeof PREVERIFIED_NUMBER_FIELDS)[number];

// E.164 digits with an optional leading `+` ([OA23] example `+1234567890`; [SDKGEN] says only "string").
const E164 = z
  .string('phone_number must be a string')
  .check(z.regex(/^\+?[1-9][0-9]{6,14}$/, 'phone_number must be an international number in E.164 form, e.g. +16315551234 (no spaces)'));

/** Params of `business.preverifiedNumbers.list` ([SDKGEN]: `code_verification_status`, `phone_number`). */
export const PreverifiedNumbersListParams = z.strictObject({
  fields: z.optional(fieldList<readonly PreverifiedNumberField[]>()),
  code_verification_status: z.optional(
    z.enum(['NOT_VERIFIED', 'VERIFIED', 'EXPIRED'], 'code_verification_status must be NOT_VERIFIED, VERIFIED or EXPIRED'),
  ),
  phone_number: z.optional(E164),
  limit: z.optional(Limit),
  after: z.optional(Cursor),
  before: z.optional(Cursor),
});
export type PreverifiedNumbersListParams = z.infer<typeof PreverifiedNumbersListParams>;

/** Params of `business.preverifiedNumbers.add`: the number in E.164 form (`+16315551234`). */
export const PreverifiedNumberAddParams = z.strictObject({ phone_number: E164 });
export type PreverifiedNumberAddParams = z.infer<typeof PreverifiedNumberAddParams>;
