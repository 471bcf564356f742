import type { APIError } from '../errors/api-error.js';
import { errorFromWebhook, type WebhookErrorObject } from '../errors/from-webhook.js';
import { sha256Hex } from './bytes.js';
import type { WebhookChange, WebhookPayload } from './parse.js';
import type { WebhookErrorPayload, WebhookMetadata } from './schemas/common.js';
import type { IncomingMessage, MessageStatus, WebhookContact } from './schemas/messages.js';

/** What every {@link WebhookEvent} carries. */
export interface WebhookEventBase {
  /**
   * Stable id for deduplication across Meta's redeliveries: `${wamid}:${status}` for a status (one message goes
   * through sent → delivered → read), the `wamid` for an incoming message, and `${field}:${sha256}` over
   * `entry.id`, the field and the canonical JSON of the value for any other change.
   */
  readonly id: string;
  /** The WABA the delivery is about (`entry[].id`). */
  readonly wabaId: string;
  /** `entry[].time` (Unix seconds), when present. */
  readonly time: number | undefined;
  /**
   * The event's error objects as the same typed errors the HTTP transport throws (137000 →
   * `IdentityMismatchError`, 131xxx/133xxx per the catalog), so one `switch` handles both paths.
   */
  readonly errors: readonly APIError[];
}

/** The state of a message the business sent (`messages` → `statuses[]`). */
export interface MessageStatusEvent extends WebhookEventBase {
  readonly kind: 'status';
  readonly status: MessageStatus;
  readonly metadata: WebhookMetadata | undefined;
}

/** A message a customer sent (`messages` → `messages[]`), with its sender's contact (and `identity_key_hash`). */
export interface IncomingMessageEvent extends WebhookEventBase {
  readonly kind: 'message';
  readonly message: IncomingMessage;
  readonly contact: WebhookContact | undefined;
  readonly metadata: WebhookMetadata | undefined;
}

/**
 * Any other change: account and number fields, unknown fields, and `messages` changes that carry system-level
 * `errors` (or nothing wabakit splits into statuses/messages).
 */
export interface WebhookChangeEvent extends WebhookEventBase {
  readonly kind: 'change';
  readonly change: WebhookChange;
}

/** One unit of work of a delivery, with its dedupe id; `kind` narrows it. */
export type WebhookEvent = MessageStatusEvent | IncomingMessageEvent | WebhookChangeEvent;

/**
 * Splits a parsed delivery into events, each with a dedupe id and its errors mapped to typed errors.
 *
 * A `messages` change yields one event per status and per incoming message (plus a change event when it
 * carries `value.errors`); every other change yields one change event. Order follows the payload.
 *
 * @example
 * for (const event of await toWebhookEvents(parseWebhook(rawBody))) {
 *   if (event.kind === 'status') for (const error of event.errors) if (isIdentityMismatchError(error)) markUntrusted(event.status.recipient_id);
 * }
 */
export async function toWebhookEvents(payload: WebhookPayload): Promise<WebhookEvent[]> {
  const events: WebhookEvent[] = [];
  for (const entry of payload.entry) {
    const base = { wabaId: entry.id, time: entry.time };
    for (const change of entry.changes) {
      if (change.type === 'messages') {
        const { metadata, statuses = [], messages = [], contacts = [], errors } = change.value;
        for (const status of statuses) {
          events.push({ ...base, kind: 'status', id: `${status.id}:${status.status}`, status, metadata, errors: mapErrors(status.errors) });
        }
        for (const message of messages) {
          const contact = findContact(contacts, message);
          events.push({ ...base, kind: 'message', id: message.id, message, contact, metadata, errors: mapErrors(message.errors) });
        }
        const hasErrors = errors !== undefined && errors.length > 0;
        if (!hasErrors && (statuses.length > 0 || messages.length > 0)) continue;
        events.push({ ...base, kind: 'change', id: await changeId(entry.id, change), change, errors: mapErrors(errors) });
        continue;
      }
      events.push({ ...base, kind: 'change', id: await changeId(entry.id, change), change, errors: [] });
    }
  }
  return events;
}

/**
 * `${field}:${sha256(entryId \n field \n canonical JSON of value)}`. Canonical JSON sorts object keys, so a
 * redelivery that orders keys differently still gets the same id. Two genuinely separate events with the same
 * value for the same WABA inside the dedupe window also share it — Meta gives these changes no id of their own.
 */
async function changeId(entryId: string, change: WebhookChange): Promise<string> {
  return `${change.field}:${await sha256Hex(`${entryId}\n${change.field}\n${canonicalJson(change.value)}`)}`;
}

/** JSON with object keys sorted at every level; arrays keep their order. @internal */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const record = item as Record<string, unknown>;
    return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]]));
  });
}

function mapErrors(errors: readonly WebhookErrorPayload[] | undefined): readonly APIError[] {
  return errors === undefined ? [] : errors.map((error) => errorFromWebhook(toErrorObject(error)));
}

// The sender's contact: matched by phone number (`wa_id` = `from`) or, for customers known only by a
// business-scoped user id, by `user_id` = `from_user_id`; a lone contact belongs to the lone sender.
function findContact(contacts: readonly WebhookContact[], message: IncomingMessage): WebhookContact | undefined {
  return (
    contacts.find((item) => item.wa_id !== undefined && item.wa_id === message.from) ??
    contacts.find((item) => item.user_id !== undefined && item.user_id === message.from_user_id) ??
    (contacts.length === 1 ? contacts[0] : undefined)
  );
}

// The payload schema is looser than errorFromWebhook's input (error_data may be a bare string, details may sit
// at the top level as in Meta's older 131051 example): normalise.
function toErrorObject(error: WebhookErrorPayload): WebhookErrorObject {
  const details = (typeof error.error_data === 'string' ? error.error_data : error.error_data?.details) ?? error.details;
  const object: WebhookErrorObject = { code: error.code };
  if (error.title !== undefined) object.title = error.title;
  if (error.message !== undefined) object.message = error.message;
  if (details !== undefined) object.error_data = { details };
  if (error.href !== undefined) object.href = error.href;
  return object;
}
