/**
 * Building blocks shared by the webhook schemas. Every object is a `z.looseObject` (unknown keys are kept) and
 * every enum is open (a new value from Meta is accepted as a string), per style §6.8: a field Meta adds
 * tomorrow must not make today's deliveries fail.
 */

import * as z from 'zod/mini';
import { UnixSeconds } from '../../schemas/unix-seconds.js';

/**
 * A string schema whose type lists the documented values for autocompletion yet accepts any string, so an
 * undocumented or future value parses instead of failing the change.
 * @internal
 */
export function openEnum<const T extends readonly string[]>(
  _documented: T,
): z.ZodMiniType<T[number] | (string & {}), unknown> {
  return z.string() as unknown as z.ZodMiniType<T[number] | (string & {}), unknown>;
}

/**
 * Unix seconds: Meta sends strings of digits in `messages` and integers elsewhere (`restriction_info[].expiration`,
 * `entry[].time`); both parse to a number (see {@link UnixSeconds}). @internal
 */
export const Timestamp = UnixSeconds;

// Error codes are integers; a proxy that re-serialises the payload may turn them into strings of digits.
const ErrorCode = z.union([
  z.int(),
  z.pipe(
    z.string().check(z.regex(/^[0-9]{1,15}$/)),
    z.transform((value: string) => Number(value)),
  ),
]);

/** Messaging-limit tiers (contract §5). */
export const MESSAGING_TIERS = [
  'TIER_50',
  'TIER_250',
  'TIER_2K',
  'TIER_10K',
  'TIER_100K',
  'TIER_NOT_SET',
  'TIER_UNLIMITED',
] as const;

/** A messaging-limit tier, e.g. `TIER_2K` (open: unknown tiers are kept as strings). */
export const MessagingTier = openEnum(MESSAGING_TIERS);
export type MessagingTier = z.infer<typeof MessagingTier>;

/**
 * An error object inside a webhook: `statuses[].errors[]`, `messages[].errors[]` or `value.errors[]`
 * (contract §5, §7.1: `{ code, title, message, error_data: { details }, href }`, no `type`).
 *
 * Older deliveries put `details` at the top level instead of in `error_data` — Meta's "unknown message" example:
 * `{ code: 131051, details: 'Message type is not currently supported', title: 'Unsupported message type' }`.
 * Both places are read; `error_data.details` wins when both are present.
 *
 * Turned into the SDK's typed errors (`IdentityMismatchError` for 137000…) on the events; see `toWebhookEvents`.
 */
export const WebhookErrorPayload = z.looseObject({
  code: ErrorCode,
  title: z.optional(z.string()),
  message: z.optional(z.string()),
  /** Legacy place of the details (before `error_data`). */
  details: z.optional(z.string()),
  // Older endpoints send error_data as a bare string (contract §7.1); keep it rather than fail the change.
  error_data: z.optional(z.union([z.looseObject({ details: z.optional(z.string()) }), z.string()])),
  href: z.optional(z.string()),
});
export type WebhookErrorPayload = z.infer<typeof WebhookErrorPayload>;

/** Which business number a `messages` change concerns. */
export const WebhookMetadata = z.looseObject({
  display_phone_number: z.optional(z.string()),
  phone_number_id: z.optional(z.string()),
});
export type WebhookMetadata = z.infer<typeof WebhookMetadata>;
