import type { APIError } from '../../errors/api-error.js';
import type { OpenEnum } from '../../schemas/graph.js';

// The SDK's view of CAMS's own callback payloads ([D-WH]: ChatAppStatus and ChatAppInbound, HTTP + JSON, UTF-8,
// one JSON array of items per push). Field names follow Graph's webhooks where Graph has the concept
// (`status`, `recipient_id`, `conversation`, `errors`); CAMS-only fields keep CAMS's meaning in snake_case.

/** A delivery status, in Graph's words (`Sent` → `sent`…). `deleted` is documented but never pushed ([D-WH]). */
export type CamsDeliveryStatus = OpenEnum<'sent' | 'delivered' | 'read' | 'failed' | 'deleted'>;

/** One ChatAppStatus report: the state of a message the business sent. */
export interface CamsStatusEvent {
  readonly type: 'status';
  /** CAMS's message id (`MessageId`), as `SendChatappMessage` returned it. */
  readonly message_id?: string | undefined;
  /** `TaskId` (defaults to the message id, per [D-WH]). */
  readonly task_id?: string | undefined;
  /** The business number (`From`), digits as CAMS sent them. */
  readonly from?: string | undefined;
  /** The customer's number (`To`) — Graph's `recipient_id`. */
  readonly recipient_id?: string | undefined;
  /** When the status happened, epoch **milliseconds** (`Timestamp`; Graph's webhooks use seconds). */
  readonly timestamp?: number | undefined;
  readonly status?: CamsDeliveryStatus | undefined;
  /** `StatusDescription`, CAMS's text. */
  readonly status_description?: string | undefined;
  /** `ConversationId` / `ConversationType` (`service`, `utility`, `marketing`, `authentication`). */
  readonly conversation?: { readonly id?: string | undefined; readonly type?: string | undefined } | undefined;
  /** `MsgFrameType`: `message` (session message) or `template`. */
  readonly message_kind?: OpenEnum<'message' | 'template'> | undefined;
  /** `TemplateCode`, `TemplateName`, `Language` when `message_kind` is `template`. */
  readonly template?: { readonly code?: string | undefined; readonly name?: string | undefined; readonly language?: string | undefined } | undefined;
  /**
   * The failure, as the same typed error a Graph status webhook with that code gives (`errorFromWebhook`):
   * 137000 → `IdentityMismatchError`, 131026 → `APIError` "Message undeliverable" (`do-not-resend`)… Present when
   * CAMS sent an `ErrorCode` (contract §3.6). A non-numeric CAMS code gives a plain `APIError` (the code is in `error_code`).
   */
  readonly errors?: readonly APIError[] | undefined;
  /** `ErrorCode` exactly as CAMS sent it (a Meta code as a string, or a CAMS word). */
  readonly error_code?: string | undefined;
  /** The item as received (keys trimmed), for fields this parser does not model. */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** One ChatAppInbound item: a message a customer sent to the business. */
export interface CamsInboundEvent {
  readonly type: 'inbound';
  readonly message_id?: string | undefined;
  /** The customer's number (`From`), with a leading `+` removed. */
  readonly from?: string | undefined;
  /** The business number (`To`), with a leading `+` removed. */
  readonly to?: string | undefined;
  /** Epoch milliseconds (`Timestamp`). */
  readonly timestamp?: number | undefined;
  /** The customer's profile name (`DisplayName`) and CAMS's `Name`. */
  readonly display_name?: string | undefined;
  readonly name?: string | undefined;
  /** `Type` in lower case: `text`, `image`, `video`, `audio`, `document`, `location`, `contacts`, `reply`… */
  readonly message_type?: OpenEnum<'text' | 'image' | 'video' | 'audio' | 'document' | 'location' | 'contacts' | 'reply'> | undefined;
  /** The text, when `message_type` is `text`. */
  readonly text?: string | undefined;
  /** The parsed JSON of `Message` for the other types (media, location…), or `undefined` when it is not JSON. */
  readonly content?: unknown;
  /** The item as received (keys trimmed). */
  readonly raw: Readonly<Record<string, unknown>>;
}

/** One CAMS callback item. */
export type CamsCallbackEvent = CamsStatusEvent | CamsInboundEvent;
