/**
 * Failed CAMS answers → the same typed errors as Graph's (alibaba-cams.md §3, §6 "Errors"): a gateway error (HTTP
 * 4xx/5xx with `Code`) or a business error (HTTP 200 with `Code` ≠ `OK`), with `provider: 'cams'` and the CAMS
 * fields under `cams`.
 */

import type { APIError } from '../../errors/api-error.js';
import { fixedWindowMs, instantiate, safeRedact, toDate } from '../../errors/build-error.js';
import { classifyGraphCode } from '../../errors/graph-codes.js';
import { MAX_HINT_MS, retryAfterAt } from '../../errors/retry-hints.js';
import { headerOf, statusFallback, type StatusFallback } from '../../errors/status-fallback.js';
import { lookupCamsCode } from './catalog.js';
import { camsBodyObject, parseCamsEnvelope } from './envelope.js';
import { extractMetaCode } from './meta-code.js';
import { scrubCamsText } from './scrub.js';

/** What {@link camsErrorFromResponse} needs to know about a failed CAMS call. */
export interface CamsErrorFromResponseInput {
  /** HTTP status (200 for a business error). */
  readonly status: number;
  /** The body: parsed JSON, or the raw text when it was not JSON (`''` for none). */
  readonly body: unknown;
  /** Response headers (`x-acs-request-id`, `x-acs-retry-after`, `Retry-After`). */
  readonly headers?: Headers | undefined;
  /** The operation (`x-acs-action`), e.g. `ChatappPhoneNumberRegister`. */
  readonly action?: string | undefined;
  /** Clock for `retryAt`, epoch ms. @default Date.now() */
  readonly now?: number | undefined;
  /** Attempts made so far. */
  readonly attempts?: number | undefined;
  /**
   * Removes the secrets you know about (AccessKey secret, STS token, verification code…) from every text field.
   * Echoed signing material (`Signature=…`, the server's string to sign, token and code fields) is removed anyway.
   */
  readonly redact?: ((text: string) => string) | undefined;
}

/** Longest slice of CAMS text kept in a message (style.md §6.5; the Graph mapper uses the same). */
const TEXT_LIMIT = 500;

/**
 * Turns a failed CAMS response into the matching typed error.
 *
 * Order (§3.4 "map by HTTP status and Code family", §3.6): a Meta code found in the message (`(#133016)`,
 * `131026:`…) picks the Graph class — `RegistrationRateLimitError`, `PinMismatchError`, `IdentityMismatchError`… —
 * unless the CAMS code is a gateway verdict (signature, credentials, throttling, RAM); then the CAMS catalog
 * ({@link CAMS_CODES}); then the HTTP status (401/403/404/429/5xx/4xx as on Graph; a 200 business error with an
 * unknown code is a plain `APIError`). `error.code` is the Meta code, `error.cams.code` the CAMS code. `retryAt`
 * comes from the Meta code's fixed window (133016: 72 h), else from `x-acs-retry-after` (milliseconds) or
 * `Retry-After`, whichever is later. Messages never carry a secret (see `redact`). Pure; never throws.
 *
 * @example
 * const body = await response.json().catch(() => response.text());
 * if (!isCamsSuccess(response.status, body)) {
 *   throw camsErrorFromResponse({ status: response.status, body, headers: response.headers,
 *     action: 'ChatappPhoneNumberRegister', redact: (t) => redactor.text(t) });
 * }
 */
export function camsErrorFromResponse(input: CamsErrorFromResponseInput): APIError {
  try {
    return map(input);
  } catch {
    // Last resort: a mapper that throws would hide the original failure. Only reachable through a bug.
    const status = typeof input?.status === 'number' ? input.status : 0;
    return instantiate('APIError', {
      message: `CAMS HTTP ${String(status)} (unreadable error response)`,
      source: 'response',
      retryAdvice: 'fix-request',
      status,
      method: 'POST',
      path: '/',
      provider: 'cams',
      // Every field present, in the order of a mapped error's (below): the same shape whatever went wrong.
      cams: {
        code: undefined,
        httpStatus: status,
        requestId: undefined,
        hostId: undefined,
        recommend: undefined,
        accessDeniedDetail: undefined,
        action: undefined,
        metaCode: undefined,
      },
    });
  }
}

function map(input: CamsErrorFromResponseInput): APIError {
  const status = input.status;
  const now = typeof input.now === 'number' && Number.isFinite(input.now) ? input.now : Date.now();
  const redact = safeRedact(input.redact);
  const clean = (text: string | undefined): string | undefined => {
    const redacted = redact(text);
    return redacted === undefined ? undefined : scrubCamsText(redacted);
  };
  const action = typeof input.action === 'string' ? clean(input.action) : undefined;
  const envelope = parseCamsEnvelope(input.body);
  const camsCode = clean(envelope?.Code?.trim() || undefined);
  const message = clean(envelope?.Message);
  // Extracted from the redacted text, so a known secret (a 6-digit code) can never come back as the Meta code.
  const metaCode = extractMetaCode(message);
  const entry = camsCode === undefined ? undefined : lookupCamsCode(camsCode);
  const metaEntry = metaCode === undefined ? undefined : classifyGraphCode(metaCode);
  const useMeta = metaEntry !== undefined && entry?.layer !== 'gateway';
  const fallback = camsStatusFallback(status, camsCode !== undefined);

  const errorClass = useMeta ? metaEntry.errorClass : (entry?.errorClass ?? fallback.errorClass);
  const scope = useMeta ? metaEntry.scope : (entry?.scope ?? fallback.scope);
  const retryAdvice = useMeta ? metaEntry.retryAdvice : (entry?.retryAdvice ?? fallback.retryAdvice);
  const hint = useMeta ? undefined : entry?.hint.replace('cams:<Action>', action === undefined ? 'cams:<Action>' : `cams:${action}`);
  const accessDeniedDetail = clean(envelope?.AccessDeniedDetail);
  const requestId = clean(envelope?.RequestId ?? headerOf(input.headers, 'x-acs-request-id') ?? undefined);

  return instantiate(
    errorClass,
    {
      message:
        camsCode === undefined
          ? unreadableMessage(status, input.body, envelope !== undefined, message, clean)
          : formatMessage(camsCode, metaCode, message, hint, action),
      source: 'response',
      retryAdvice,
      status,
      code: metaCode,
      details: accessDeniedDetail,
      method: 'POST',
      path: '/',
      retryAt: retryAt(useMeta ? metaCode : undefined, input.headers, now),
      attempts: input.attempts,
      provider: 'cams',
      cams: {
        code: camsCode,
        httpStatus: status,
        requestId,
        hostId: clean(envelope?.HostId),
        recommend: clean(envelope?.Recommend),
        accessDeniedDetail,
        action,
        metaCode,
      },
    },
    scope,
  );
}

/** Unknown codes: by status, as on Graph (§3.1: business errors may come with HTTP 200, 400 or 500). */
function camsStatusFallback(status: number, hasCode: boolean): StatusFallback {
  const byStatus = statusFallback(status);
  if (byStatus.errorClass !== 'APIError') return byStatus;
  // A 2xx that is not a success: with an unknown Code it is CAMS's business verdict (fix the request); without any
  // envelope it is a proxy or truncation hiccup, which a read may retry (as the Graph pipeline treats 'malformed').
  return { errorClass: 'APIError', retryAdvice: hasCode ? 'fix-request' : 'transient' };
}

/** `(<CAMS code>[, #<Meta code>]) <CAMS message> — <hint>`, mirroring Graph's `(#<code>) <text>` (style.md §6.5). */
function formatMessage(
  camsCode: string,
  metaCode: number | undefined,
  message: string | undefined,
  hint: string | undefined,
  action: string | undefined,
): string {
  const lead = `(${camsCode}${metaCode === undefined ? '' : `, #${String(metaCode)}`})`;
  // No Meta title fallback: a Meta code is only ever read from `message`, so a message is there whenever a code is
  // (and leaving Meta's 117 titles out keeps them out of every CAMS bundle — issue #12).
  const text = clip(message);
  const where = action === undefined ? '' : ` [${action}]`;
  const parts = [`${lead}${where}`, text].filter((part) => part !== '').join(' ');
  return hint === undefined || hint === '' ? parts : `${parts} — ${hint}`;
}

function unreadableMessage(
  status: number,
  body: unknown,
  hasEnvelope: boolean,
  message: string | undefined,
  clean: (text: string | undefined) => string | undefined,
): string {
  if (hasEnvelope) {
    const text = clip(message);
    return `CAMS HTTP ${String(status)} without a Code${text === '' ? '' : `: ${text}`}`;
  }
  let raw: string | undefined;
  if (typeof body === 'string') raw = body;
  else if (body !== undefined && body !== null && camsBodyObject(body) === undefined) {
    try {
      raw = JSON.stringify(body);
    } catch {
      return `CAMS HTTP ${String(status)} with a body that could not be serialised`;
    }
  }
  // Redact before cutting, so a secret is never split across the cut and left half-visible.
  const text = clip(clean(raw));
  return text === '' ? `CAMS HTTP ${String(status)} with an empty body` : `CAMS HTTP ${String(status)}: ${text}`;
}

function clip(text: string | undefined): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? `${flat.slice(0, TEXT_LIMIT - 1)}…` : flat;
}

function retryAt(metaCode: number | undefined, headers: Headers | undefined, now: number): Date | undefined {
  // 133016: the 72 h lock is the rule itself; no header can shorten it (graph-api.md §6).
  const fixed = fixedWindowMs(metaCode);
  if (fixed !== undefined) return toDate(now + fixed);
  const acs = acsRetryAfterAt(headerOf(headers, 'x-acs-retry-after'), now);
  const standard = retryAfterAt(headerOf(headers, 'retry-after'), now);
  const at = Math.max(acs ?? -Infinity, standard ?? -Infinity);
  return at === -Infinity ? undefined : toDate(at);
}

/**
 * `x-acs-retry-after` (§3.5, unit undocumented, §7 #14): read as **milliseconds**, the unit Alibaba's own SDK test
 * servers use for it (`RetryAfterMs`); 0, negative, non-integer or over a week → no hint.
 */
function acsRetryAfterAt(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (!/^\d{1,12}$/.test(trimmed)) return undefined;
  const ms = Number(trimmed);
  return ms > 0 && ms <= MAX_HINT_MS ? now + ms : undefined;
}
