import { APIError } from './api-error.js';
import { fixedWindowMs, formatMessage, instantiate, resolveAdvice, safeRedact, toDate } from './build-error.js';
import { errorDetails, parseGraphError } from './envelope.js';
import { classifyGraphCode } from './graph-codes.js';
import { businessUseCaseAt, retryAfterAt } from './retry-hints.js';
import { headerOf, statusFallback } from './status-fallback.js';

export { RETRY_NEVER_CODES, isThrottleCode } from './graph-codes.js';

/** What {@link errorFromResponse} needs to know about a failed HTTP call. */
export interface ErrorFromResponseInput {
  readonly status: number;
  /** The body: parsed JSON, or the raw text when it was not JSON (empty string for no body). */
  readonly body: unknown;
  readonly headers: Headers;
  /** Request method; stored upper-cased. */
  readonly method: string;
  /** Request path, **already redacted** (ids kept, no query secrets). */
  readonly path: string;
  /** Clock for `retryAt`, epoch ms. @default Date.now() */
  readonly now?: number;
  /** Attempts made so far. */
  readonly attempts?: number;
  /**
   * Removes secrets you know about (token, PIN, code…) from every free-text field: message, details,
   * userTitle, userMessage and the raw-body fallback. Meta's text is otherwise kept as is.
   */
  readonly redact?: (text: string) => string;
  /**
   * Meta's title of a code, the message of last resort when Meta sends neither a message nor details
   * (`graphCodeTitle`; `WabaClient` passes it). Without it that message is `(#<code>) HTTP <status>`: the titles
   * stay out of a `WabaCore` handler's bundle (issue #12).
   */
  readonly codeTitle?: ((code: number) => string | undefined) | undefined;
}

/** Longest slice of a non-envelope body kept in the message (style.md §6.5, openai #1734). */
const RAW_BODY_LIMIT = 500;

/**
 * Turns a failed Graph response into the matching typed error.
 *
 * Maps by Graph `code` first (contract §7, "build handling on code"), then by HTTP status when the body has no
 * code (401 → `AuthenticationError`, 403 → `PermissionError`, 404 → `NotFoundError`, 429 → `RateLimitError`,
 * ≥ 500 → `ServerError`, other 4xx → `InvalidRequestError`). A code that is not in the catalog gives a plain
 * `APIError` whose `retryAdvice` comes from the status. `retryAt` comes from the code's fixed window
 * (133016: 72 h, 133015: 5 min), else from `Retry-After` and, for throttles, `X-Business-Use-Case-Usage`
 * (minutes), whichever is later. `is_transient: true` makes the advice `transient`, except for
 * {@link RETRY_NEVER_CODES}. Pure; never throws, whatever the body.
 *
 * @example
 * const body = await response.json().catch(() => response.text());
 * throw errorFromResponse({ status: response.status, body, headers: response.headers, method: 'POST',
 *   path: '/v23.0/106540352242922/register', redact: (t) => t.replaceAll(pin, '******') });
 */
export function errorFromResponse(input: ErrorFromResponseInput): APIError {
  try {
    return map(input);
  } catch {
    // Last resort: a mapper that throws would hide the original failure. Only reachable through a bug.
    return new APIError({
      message: `HTTP ${String(input.status)} (unreadable error response)`,
      source: 'response',
      retryAdvice: 'fix-request',
      status: input.status,
      method: typeof input.method === 'string' ? input.method.toUpperCase() : undefined,
      path: typeof input.path === 'string' ? input.path : undefined,
    });
  }
}

function map(input: ErrorFromResponseInput): APIError {
  const now = input.now ?? Date.now();
  const redact = safeRedact(input.redact);
  const body = typeof input.body === 'string' ? tryJson(input.body) : input.body;
  const graph = parseGraphError(body);
  const code = graph?.code;
  const entry = code === undefined ? undefined : classifyGraphCode(code);
  const fallback = statusFallback(input.status);
  // An unknown code is still Meta's answer: keep it a plain APIError rather than guess from the status
  // (Graph sends HTTP 400 for nearly everything, throttling included — contract §7.1).
  const errorClass = entry?.errorClass ?? (code === undefined ? fallback.errorClass : 'APIError');
  const scope = entry?.scope ?? fallback.scope;

  const details = redact(graph === undefined ? undefined : errorDetails(graph));
  const metaMessage = redact(graph?.message);
  const message = graph
    ? formatMessage(code, details, metaMessage, code === undefined ? undefined : input.codeTitle?.(code), `HTTP ${String(input.status)}`)
    : rawBodyMessage(input.status, input.body, redact);

  return instantiate(
    errorClass,
    {
      message,
      source: 'response',
      retryAdvice: resolveAdvice(entry, fallback.retryAdvice, code, details, graph?.is_transient),
      status: input.status,
      code,
      subcode: graph?.error_subcode,
      type: graph?.type,
      fbtraceId: graph?.fbtrace_id,
      isTransient: graph?.is_transient,
      details,
      userTitle: redact(graph?.error_user_title),
      userMessage: redact(graph?.error_user_msg),
      method: input.method.toUpperCase(),
      path: input.path,
      retryAt: retryAt(code, errorClass === 'RateLimitError', input.headers, now),
      attempts: input.attempts,
    },
    scope,
  );
}

// `throttled`: only a RateLimitError (4, 17, 80008… or HTTP 429) reads the BUC header (contract §6).
function retryAt(code: number | undefined, throttled: boolean, headers: Headers, now: number): Date | undefined {
  const fixed = fixedWindowMs(code);
  // 133016/133015: the window is the rule itself; a header cannot shorten a 72 h registration lock.
  if (fixed !== undefined) return toDate(now + fixed);
  const afterHeader = retryAfterAt(headerOf(headers, 'retry-after'), now);
  const buc = throttled ? businessUseCaseAt(headerOf(headers, 'x-business-use-case-usage'), now) : undefined;
  const at = Math.max(afterHeader ?? -Infinity, buc ?? -Infinity);
  return at === -Infinity ? undefined : toDate(at);
}

function tryJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

function rawBodyMessage(status: number, body: unknown, redact: (text: string | undefined) => string | undefined): string {
  let text: string | undefined;
  if (typeof body === 'string') text = body;
  else if (body !== undefined && body !== null) {
    try {
      text = JSON.stringify(body);
    } catch {
      // Circular or BigInt-holding values cannot be shown; say so rather than claim the body was empty.
      return `HTTP ${String(status)} with a body that could not be serialised`;
    }
  }
  // Redact before cutting, so a secret is never split across the cut and left half-visible.
  const clean = (redact(text) ?? '').replace(/\s+/g, ' ').trim();
  if (clean === '') return `HTTP ${String(status)} with an empty body`;
  return `HTTP ${String(status)}: ${clean.length > RAW_BODY_LIMIT ? `${clean.slice(0, RAW_BODY_LIMIT - 1)}…` : clean}`;
}
