import type { APIError } from '../errors/api-error.js';

/**
 * How an operation may be retried:
 * - `safe`: reads and idempotent sets — retried on connection errors, timeouts, 5xx, transient and throttle codes;
 * - `never`: calls with side effects that count against Meta's limits (register, deregister, request/verify code,
 *   set PIN, add number, migration steps) — sent exactly once, whatever happens.
 */
export type RetryClass = 'safe' | 'never';

/** Why one attempt failed, as the retry policy sees it. */
export type AttemptFailure =
  | { readonly kind: 'connection' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'api'; readonly error: APIError };

/** Everything {@link decideRetry} needs; pure data, so the policy is a table-testable function. */
export interface RetryInput {
  readonly retryClass: RetryClass;
  readonly failure: AttemptFailure;
  /** Attempts made so far, including the one that failed (1 after the first). */
  readonly attempt: number;
  readonly maxRetries: number;
  readonly nowMs: number;
  /** When the whole call must be over; no retry is scheduled that would start after it. */
  readonly deadlineAtMs?: number | undefined;
  /** Server hints longer than this are not waited in process (reliability G4). */
  readonly maxHintMs: number;
  /** A source of randomness in [0, 1), injectable for tests. */
  readonly random: () => number;
}

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: string };

/** Backoff base and cap: 0.5 s × 2ⁿ, capped at 8 s (openai-node's cap; reliability G3). */
export const BACKOFF_BASE_MS = 500;
export const BACKOFF_CAP_MS = 8_000;

/**
 * Codes that are never retried, whatever `is_transient` says: retrying a PIN guess or a (de)registration burns an
 * attempt and can lock the number (contract §7.3; reliability G7), 137000 and 131031 need a person.
 */
const NEVER_RETRY_CODES = new Set([133005, 133008, 133009, 133016, 137000, 131031]);

/**
 * Full-jitter exponential backoff: a uniformly random delay in `[0, min(cap, base · 2^(attempt-1)))`.
 * Full jitter spreads retries of many clients apart (AWS architecture blog, "Exponential Backoff And Jitter").
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Decides whether a failed attempt is retried, and after how long. */
export function decideRetry(input: RetryInput): RetryDecision {
  // Never retried: each attempt of these has a side effect at Meta (an SMS, a counted registration…).
  if (input.retryClass === 'never') return { retry: false, reason: 'operation has side effects' };
  if (input.attempt > input.maxRetries) return { retry: false, reason: 'retries exhausted' };

  const verdict = classify(input.failure, input.nowMs);
  if (!verdict.retryable) return { retry: false, reason: verdict.reason };

  let delayMs = backoffDelay(input.attempt, input.random);
  if (verdict.hintMs !== undefined) {
    // The server hint wins over our backoff, but is not waited if it is long (serverless time limits).
    if (verdict.hintMs > input.maxHintMs) return { retry: false, reason: 'server asked to wait longer than maxWait' };
    delayMs = Math.max(delayMs, verdict.hintMs);
  }
  if (input.deadlineAtMs !== undefined && input.nowMs + delayMs >= input.deadlineAtMs) {
    return { retry: false, reason: 'deadline would pass before the retry' };
  }
  return { retry: true, delayMs };
}

interface Verdict {
  readonly retryable: boolean;
  readonly reason: string;
  readonly hintMs?: number | undefined;
}

function classify(failure: AttemptFailure, nowMs: number): Verdict {
  switch (failure.kind) {
    case 'connection':
    case 'timeout':
      return { retryable: true, reason: failure.kind };
    case 'malformed':
      // A truncated or non-JSON 2xx body on a read: a proxy or connection hiccup, safe to read again.
      return { retryable: true, reason: 'malformed response body' };
    case 'api':
      return classifyApiError(failure.error, nowMs);
  }
}

function classifyApiError(error: APIError, nowMs: number): Verdict {
  if (error.code !== undefined && NEVER_RETRY_CODES.has(error.code)) {
    return { retryable: false, reason: `code ${error.code} is never retried` };
  }
  const hintMs = error.retryAt ? Math.max(0, error.retryAt.getTime() - nowMs) : undefined;
  if (error.retryAdvice === 'after-window') return { retryable: true, reason: 'throttled', hintMs };
  // Server hint (is_transient) wins, except for codes above; a 5xx without a known code is a server failure.
  if (error.retryAdvice === 'transient' || error.isTransient === true) return { retryable: true, reason: 'transient', hintMs };
  if (error.code === undefined && error.status !== undefined && error.status >= 500) {
    return { retryable: true, reason: 'server error', hintMs };
  }
  return { retryable: false, reason: `advice is ${error.retryAdvice}` };
}
