/**
 * Building blocks shared by the webhook schemas. Every object is a `z.looseObject` (unknown keys are kept) and
 * every enum is open (a new value from Meta is accepted as a string), per style §6.8: a field Meta adds
 * tomorrow must not make today's deliveries fail.
 */

import * as z from 'zod/mini';

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

/** Meta sends timestamps as strings of Unix seconds in `messages`, as integers elsewhere; accept both. @internal */
export const Timestamp = z.union([z.string(), z.number()]);

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
 * Turned into the SDK's typed errors (`IdentityMismatchError` for 137000…) on the events; see `toWebhookEvents`.
 */
export const WebhookErrorPayload = z.looseObject({
  code: z.number(),
  title: z.optional(z.string()),
  message: z.optional(z.string()),
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
