/**
 * `wabakit/webhooks`: verified, typed, deduplicated WhatsApp webhooks for numbers and WABAs. Runs on WebCrypto,
 * so the same code serves Node, Deno, Bun, Cloudflare Workers and other edge runtimes.
 */

export { createWebhookHandler } from './handler.js';
export type { Awaitable, WebhookHandlerOptions, WebhookRequestContext, WebhookRequestHandler } from './handler.js';

export { verifySignature, signWebhookBody, SIGNATURE_HEADER } from './signature.js';
export type { VerifySignatureParams, SignatureMatch, SignatureSource, AppSecretSource, HeadersLike } from './signature.js';
export type { RawBody } from './bytes.js';

export { verifyHandshake } from './handshake.js';
export type { HandshakeQuery } from './handshake.js';

export { FIELD_SCHEMAS, parseWebhook, parseWebhookChange } from './parse.js';
export type {
  WebhookPayload,
  WebhookEntry,
  WebhookChange,
  KnownWebhookChange,
  KnownWebhookField,
  UnknownWebhookChange,
  InvalidWebhookChange,
} from './parse.js';

export { toWebhookEvents } from './events.js';
export type { WebhookEvent, WebhookEventBase, MessageStatusEvent, IncomingMessageEvent, WebhookChangeEvent } from './events.js';

export { dedupe, DEFAULT_DEDUPE_TTL_MS, DEFAULT_DEDUPE_LEASE_MS } from './dedupe.js';
export type { DedupeOptions, DedupeResult } from './dedupe.js';
export { MemoryIdempotencyStore } from './idempotency-store.js';
export type { IdempotencyStore, MemoryIdempotencyStoreOptions } from './idempotency-store.js';

export {
  WebhookSignatureError,
  WebhookHandshakeError,
  WebhookPayloadError,
  isWebhookSignatureError,
  isWebhookHandshakeError,
  isWebhookPayloadError,
} from './errors.js';
export type { WebhookSignatureErrorReason, WebhookHandshakeErrorReason, WebhookPayloadErrorReason } from './errors.js';

export {
  AccountUpdateValue,
  AccountReviewUpdateValue,
  AccountAlertsValue,
  BusinessCapabilityUpdateValue,
  ACCOUNT_UPDATE_EVENTS,
} from './schemas/account.js';
export { PhoneNumberNameUpdateValue, PhoneNumberQualityUpdateValue, SecurityValue } from './schemas/phone-number.js';
export { MessagesValue, MessageStatus, MessageStatusKind, WebhookContact, IncomingMessage } from './schemas/messages.js';
export { WebhookErrorPayload, WebhookMetadata, MessagingTier, MESSAGING_TIERS } from './schemas/common.js';
export { WebhookEnvelope } from './schemas/envelope.js';
