/**
 * Errors of the webhook helpers: a delivery whose signature does not verify, a GET handshake that does not
 * match, a signed body that is not a webhook. None of them ever carries the app secret, the verify token, the
 * signature header's value or the body.
 */

import type { ValidationIssue } from '../errors/validation-error.js';
import { isErrorKind, nameError, WhatsAppError } from '../errors/whatsapp-error.js';

/**
 * Why a signature was rejected:
 * - `missing`: no `X-Hub-Signature-256` header (never treated as "skip the check");
 * - `malformed`: not `sha256=` followed by 64 hex digits (or several values);
 * - `unsupported-algorithm`: another algorithm, e.g. the legacy `sha1=` of `X-Hub-Signature`;
 * - `mismatch`: well-formed but the HMAC of the body with none of the app secrets matches.
 */
export type WebhookSignatureErrorReason = 'missing' | 'malformed' | 'unsupported-algorithm' | 'mismatch';

const SIGNATURE_MESSAGES: Record<WebhookSignatureErrorReason, string> = {
  missing: 'The X-Hub-Signature-256 header is missing; the delivery was not verified',
  malformed: 'The X-Hub-Signature-256 header is malformed (expected "sha256=" followed by 64 hex digits)',
  'unsupported-algorithm': 'The X-Hub-Signature-256 header uses an unsupported algorithm (only sha256 is accepted)',
  mismatch:
    'The X-Hub-Signature-256 header does not match the body: verify the raw, unparsed body bytes, and check that the app secret is current',
};

/**
 * A webhook delivery failed signature verification: treat it as not coming from Meta.
 *
 * `reason` says why; the message never contains the secret, the header value or the body. The most common
 * cause of `mismatch` in practice is verifying a re-serialized body (`JSON.stringify(req.body)`) instead of the
 * raw bytes Meta signed.
 *
 * @example
 * try {
 *   await verifySignature({ body: rawBody, headers: req.headers, appSecret });
 * } catch (error) {
 *   if (isWebhookSignatureError(error)) return res.status(error.reason === 'missing' ? 401 : 403).end();
 *   throw error;
 * }
 */
export class WebhookSignatureError extends WhatsAppError {
  declare readonly name: 'WebhookSignatureError';
  readonly reason: WebhookSignatureErrorReason;

  constructor(reason: WebhookSignatureErrorReason) {
    super(SIGNATURE_MESSAGES[reason]);
    this.reason = reason;
  }
}
nameError(WebhookSignatureError, 'WebhookSignatureError');

/**
 * Why a GET verification request was refused:
 * - `wrong-mode`: `hub.mode` is not `subscribe`;
 * - `missing-token`: no `hub.verify_token`;
 * - `token-mismatch`: the token differs from yours (compared in constant time);
 * - `invalid-challenge`: `hub.challenge` is absent, empty, too long or not printable ASCII.
 */
export type WebhookHandshakeErrorReason = 'wrong-mode' | 'missing-token' | 'token-mismatch' | 'invalid-challenge';

const HANDSHAKE_MESSAGES: Record<WebhookHandshakeErrorReason, string> = {
  'wrong-mode': 'Webhook verification refused: hub.mode is not "subscribe"',
  'missing-token': 'Webhook verification refused: hub.verify_token is missing',
  'token-mismatch': 'Webhook verification refused: hub.verify_token does not match',
  'invalid-challenge': 'Webhook verification refused: hub.challenge is missing or not printable ASCII (1–512 characters)',
};

/**
 * Meta's GET verification request (`hub.mode`, `hub.verify_token`, `hub.challenge`) did not match; answer 403.
 *
 * Neither the expected nor the received token appears in the message.
 *
 * @example
 * try {
 *   return new Response(verifyHandshake(new URL(request.url), verifyToken));
 * } catch (error) {
 *   if (isWebhookHandshakeError(error)) return new Response('Forbidden', { status: 403 });
 *   throw error;
 * }
 */
export class WebhookHandshakeError extends WhatsAppError {
  declare readonly name: 'WebhookHandshakeError';
  readonly reason: WebhookHandshakeErrorReason;

  constructor(reason: WebhookHandshakeErrorReason) {
    super(HANDSHAKE_MESSAGES[reason]);
    this.reason = reason;
  }
}
nameError(WebhookHandshakeError, 'WebhookHandshakeError');

/**
 * Why a (verified) body could not be read as a webhook:
 * - `too-large`: over the handler's `maxBodyBytes` (Meta's payloads are at most 3 MB, contract §5);
 * - `invalid-json`: not JSON;
 * - `invalid-envelope`: JSON, but not `{ object, entry: [{ id, changes: [{ field, value }] }] }`.
 */
export type WebhookPayloadErrorReason = 'too-large' | 'invalid-json' | 'invalid-envelope';

/**
 * The body is not a webhook envelope wabakit can read. Individual changes never cause this: an unknown or
 * unexpected change is passed on as an `unknown` or `invalid` change instead.
 *
 * `issues` (for `invalid-envelope`) name the path and the rule, never the value.
 *
 * @example
 * try {
 *   const payload = parseWebhook(rawBody);
 * } catch (error) {
 *   if (isWebhookPayloadError(error)) console.warn(error.reason, error.issues);
 * }
 */
export class WebhookPayloadError extends WhatsAppError {
  declare readonly name: 'WebhookPayloadError';
  readonly reason: WebhookPayloadErrorReason;
  readonly issues: readonly ValidationIssue[];

  constructor(reason: WebhookPayloadErrorReason, issues: readonly ValidationIssue[] = []) {
    super(payloadMessage(reason, issues));
    this.reason = reason;
    this.issues = issues;
  }
}
nameError(WebhookPayloadError, 'WebhookPayloadError');

function payloadMessage(reason: WebhookPayloadErrorReason, issues: readonly ValidationIssue[]): string {
  if (reason === 'too-large') return 'Webhook body is larger than maxBodyBytes';
  if (reason === 'invalid-json') return 'Webhook body is not valid JSON';
  const list = issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  return `Webhook body is not a webhook envelope${list ? `: ${list}` : ''}`;
}

/**
 * True when a webhook signature was missing, malformed or wrong (any realm).
 *
 * @example
 * if (isWebhookSignatureError(error)) console.warn(error.reason);
 */
export function isWebhookSignatureError(value: unknown): value is WebhookSignatureError {
  return isErrorKind(value, 'WebhookSignatureError');
}

/**
 * True when a webhook GET verification request was refused (any realm).
 *
 * @example
 * if (isWebhookHandshakeError(error)) console.warn(error.reason);
 */
export function isWebhookHandshakeError(value: unknown): value is WebhookHandshakeError {
  return isErrorKind(value, 'WebhookHandshakeError');
}

/**
 * True when a webhook body could not be read as an envelope (any realm).
 *
 * @example
 * if (isWebhookPayloadError(error)) console.warn(error.reason);
 */
export function isWebhookPayloadError(value: unknown): value is WebhookPayloadError {
  return isErrorKind(value, 'WebhookPayloadError');
}
