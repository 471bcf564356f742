/**
 * The parts of the `messages` field that concern numbers and identity (contract §5): `statuses[]` with their
 * `errors` and `recipient_identity_key_hash`, `contacts[]` with `identity_key_hash`, the incoming messages'
 * ids and errors, and system-level `value.errors[]`. Message contents are kept (loose objects) but not typed
 * here. Sources: [D-WST], [D-PN], [D-ERR], [OA23] `StatusMessageValue`.
 */

import * as z from 'zod/mini';
import { openEnum, Timestamp, WebhookErrorPayload, WebhookMetadata } from './common.js';

/** Delivery state of an outgoing message. */
export const MessageStatusKind = openEnum(['sent', 'delivered', 'read', 'played', 'failed'] as const);
export type MessageStatusKind = z.infer<typeof MessageStatusKind>;

/**
 * One `statuses[]` entry: the state of a message the business sent.
 *
 * `recipient_identity_key_hash` is present only when the number's identity check is on; store it and treat a
 * change (or a 137000 error) as "this customer may no longer be the same person" (contract §5, G17).
 */
export const MessageStatus = z.looseObject({
  /** The `wamid` of the message. */
  id: z.string(),
  status: MessageStatusKind,
  /** Unix seconds. Meta sends a string of digits (`"1749416383"`); normalised to a number. */
  timestamp: z.optional(Timestamp),
  /**
   * The customer's phone number (WhatsApp id). Absent when the message was sent to a business-scoped user id
   * (BSUID) of a customer who uses a username: read `recipient_user_id` then.
   */
  recipient_id: z.optional(z.string()),
  /** The customer's business-scoped user id (`US.13491208655302741918`), when the message was sent to it. */
  recipient_user_id: z.optional(z.string()),
  /** The customer's parent BSUID, when parent BSUIDs are enabled for the business. */
  parent_recipient_user_id: z.optional(z.string()),
  recipient_type: z.optional(z.string()),
  recipient_participant_id: z.optional(z.string()),
  recipient_identity_key_hash: z.optional(z.string()),
  biz_opaque_callback_data: z.optional(z.string()),
  conversation: z.optional(
    z.looseObject({
      id: z.optional(z.string()),
      /** Unix seconds (sent as a string of digits), normalised to a number. */
      expiration_timestamp: z.optional(Timestamp),
      origin: z.optional(z.looseObject({ type: z.optional(z.string()) })),
    }),
  ),
  pricing: z.optional(
    z.looseObject({
      billable: z.optional(z.boolean()),
      pricing_model: z.optional(openEnum(['CBP', 'PMP'] as const)),
      type: z.optional(openEnum(['regular', 'free_customer_service', 'free_entry_point'] as const)),
      category: z.optional(z.string()),
    }),
  ),
  errors: z.optional(z.array(WebhookErrorPayload)),
});
export type MessageStatus = z.infer<typeof MessageStatus>;

/**
 * One `contacts[]` entry of an incoming message; `identity_key_hash` when the identity check is on.
 *
 * A customer is named by `wa_id` (phone number), by `user_id` (business-scoped user id, BSUID) or both: a
 * customer who uses a WhatsApp username may come with `user_id` only. Match on whichever is present.
 */
export const WebhookContact = z.looseObject({
  wa_id: z.optional(z.string()),
  /** Business-scoped user id, e.g. `US.13491208655302741918`. */
  user_id: z.optional(z.string()),
  /** Parent BSUID, when parent BSUIDs are enabled. */
  parent_user_id: z.optional(z.string()),
  profile: z.optional(z.looseObject({ name: z.optional(z.string()), username: z.optional(z.string()) })),
  identity_key_hash: z.optional(z.string()),
});
export type WebhookContact = z.infer<typeof WebhookContact>;

/** An incoming message: its id, sender and type; the content stays as Meta sent it. */
export const IncomingMessage = z.looseObject({
  /** The `wamid` of the message. */
  id: z.string(),
  /** Sender's phone number (WhatsApp id); absent for a customer known only by BSUID (see `from_user_id`). */
  from: z.optional(z.string()),
  /** Sender's business-scoped user id. */
  from_user_id: z.optional(z.string()),
  /** Sender's parent BSUID, when parent BSUIDs are enabled. */
  from_parent_user_id: z.optional(z.string()),
  /** Unix seconds. Meta sends a string of digits; normalised to a number. */
  timestamp: z.optional(Timestamp),
  type: z.optional(z.string()),
  /** Present on `type: 'unsupported'` messages. */
  errors: z.optional(z.array(WebhookErrorPayload)),
});
export type IncomingMessage = z.infer<typeof IncomingMessage>;

/** The value of a `messages` change. */
export const MessagesValue = z.looseObject({
  messaging_product: z.optional(z.string()),
  metadata: z.optional(WebhookMetadata),
  contacts: z.optional(z.array(WebhookContact)),
  messages: z.optional(z.array(IncomingMessage)),
  statuses: z.optional(z.array(MessageStatus)),
  /** System-, app- or account-level errors not tied to one message. */
  errors: z.optional(z.array(WebhookErrorPayload)),
});
export type MessagesValue = z.infer<typeof MessagesValue>;
