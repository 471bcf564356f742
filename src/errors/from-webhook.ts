import type { APIError } from './api-error.js';
import { fixedWindowMs, formatMessage, instantiate, resolveAdvice, safeRedact, toDate } from './build-error.js';
import { lookupGraphCode } from './graph-codes.js';

/**
 * One error object of a webhook: `statuses[].errors[]`, `value.errors[]` or `value.messages[].errors[]`
 * (contract §5, §7.1). Unlike HTTP errors it has a `title` and an `href`, and no `type`.
 */
export interface WebhookErrorObject {
  code: number;
  title?: string;
  message?: string;
  error_data?: { details?: string };
  /** Older payloads (Meta's 131051 example) put the details here instead of in `error_data`. */
  details?: string;
  href?: string;
}

/** Options of {@link errorFromWebhook}. */
export interface ErrorFromWebhookOptions {
  /** Clock for fixed windows (133016: 72 h, 133015: 5 min), epoch ms. @default Date.now() */
  readonly now?: number;
  /** Applied to every free-text field (message, details, title) to remove secrets you know about. */
  readonly redact?: (text: string) => string;
}

/**
 * Turns a webhook's error object into the same typed error an HTTP response with that code would give.
 *
 * 137000 becomes an `IdentityMismatchError` (treat the customer as untrusted, re-verify, resend without the
 * hash); other codes take their class and retry advice from the catalog; unknown codes give a plain `APIError`
 * with `retryAdvice: 'fix-request'`. `source` is `'webhook'` and `status` is absent. Pure; never throws.
 *
 * @example
 * for (const status of value.statuses ?? []) {
 *   for (const raw of status.errors ?? []) {
 *     const error = errorFromWebhook(raw);
 *     if (isIdentityMismatchError(error)) markUntrusted(status.recipient_id);
 *   }
 * }
 */
export function errorFromWebhook(input: WebhookErrorObject, options: ErrorFromWebhookOptions = {}): APIError {
  // Webhook bodies are parsed JSON: tolerate a null or primitive element rather than crash the handler.
  const error: Partial<WebhookErrorObject> = typeof input === 'object' && input !== null ? input : {};
  const redact = safeRedact(options.redact);
  const code = typeof error.code === 'number' && Number.isSafeInteger(error.code) ? error.code : undefined;
  const entry = code === undefined ? undefined : lookupGraphCode(code);
  const data: unknown = error.error_data;
  // Some Graph surfaces send `error_data` as a plain string (contract §7.1); accept it here too.
  const details = redact((typeof data === 'string' ? data : text(error.error_data?.details)) ?? text(error.details));
  const message = redact(text(error.message));
  const title = redact(text(error.title));
  const windowMs = fixedWindowMs(code);
  return instantiate(
    entry?.errorClass ?? 'APIError',
    {
      message: formatMessage(code, details, message, title, entry?.title, 'WhatsApp reported an error'),
      source: 'webhook',
      retryAdvice: resolveAdvice(entry, 'fix-request', code, details, undefined),
      code,
      details,
      title,
      href: text(error.href),
      retryAt: windowMs === undefined ? undefined : toDate((options.now ?? Date.now()) + windowMs),
    },
    entry?.scope,
  );
}

// Webhook payloads are untyped JSON at runtime; keep only real strings.
function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
