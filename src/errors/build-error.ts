/**
 * Shared steps of the HTTP and webhook mappers: pick the class, the retry advice, the fixed windows and the
 * message. @internal — not exported from the package.
 */

import {
  AccountLockedError,
  APIError,
  AuthenticationError,
  BlockUsersError,
  IdentityMismatchError,
  InvalidRequestError,
  MigrationError,
  NotFoundError,
  NotRegisteredError,
  PermissionError,
  PinLockoutError,
  PinMismatchError,
  PolicyBlockError,
  RateLimitError,
  RegistrationRateLimitError,
  RegistrationStateError,
  ServerError,
  VerificationRequiredError,
  type APIErrorInit,
  type RateLimitScope,
  type RetryAdvice,
} from './api-error.js';
import type { GraphCodeClass, GraphErrorClassName } from './graph-codes/entry.js';
import { RETRY_NEVER_CODES } from './graph-codes.js';

type PlainClass = new (init: APIErrorInit) => APIError;

const PLAIN_CLASSES: Record<Exclude<GraphErrorClassName, 'RateLimitError' | 'RegistrationRateLimitError'>, PlainClass> = {
  APIError,
  AuthenticationError,
  PermissionError,
  PolicyBlockError,
  InvalidRequestError,
  NotFoundError,
  ServerError,
  PinMismatchError,
  PinLockoutError,
  VerificationRequiredError,
  NotRegisteredError,
  RegistrationStateError,
  AccountLockedError,
  IdentityMismatchError,
  MigrationError,
  BlockUsersError,
};

/** Builds the error of the named class; rate-limit classes get a scope ('unknown' when none is known). */
export function instantiate(errorClass: GraphErrorClassName, init: APIErrorInit, scope?: RateLimitScope): APIError {
  if (errorClass === 'RegistrationRateLimitError') return new RegistrationRateLimitError({ ...init, scope: scope ?? 'registration' });
  if (errorClass === 'RateLimitError') return new RateLimitError({ ...init, scope: scope ?? 'unknown' });
  return new PLAIN_CLASSES[errorClass](init);
}

const HOUR_MS = 3_600_000;

/** Windows implied by the code itself (contract §7.2/§7.3): 133016 blocks for 72 h, 133015 asks for 5 min. */
export function fixedWindowMs(code: number | undefined): number | undefined {
  if (code === 133016) return 72 * HOUR_MS;
  if (code === 133015) return 5 * 60_000;
  return undefined;
}

/**
 * The retry advice after Meta's hints. `is_transient: true` wins (style.md §6.7, "server hint wins") except for
 * codes that are never retried; 2388103 is "N except 'error migrating' = T" (contract §7.5), read from `details`.
 */
export function resolveAdvice(
  entry: GraphCodeClass | undefined,
  fallback: RetryAdvice,
  code: number | undefined,
  details: string | undefined,
  isTransient: boolean | undefined,
): RetryAdvice {
  if (code !== undefined && RETRY_NEVER_CODES.has(code)) return entry?.retryAdvice ?? fallback;
  if (isTransient === true) return 'transient';
  if (code === 2388103 && details !== undefined && /error migrating/i.test(details)) return 'transient';
  return entry?.retryAdvice ?? fallback;
}

/**
 * `(#<code>) <text>` (style.md §6.5), with the first candidate text that is not blank. Meta's `message` already
 * starts with `(#<code>)`; that prefix is removed first so it is not doubled.
 */
export function formatMessage(code: number | undefined, ...candidates: (string | undefined)[]): string {
  let text = '';
  for (const candidate of candidates) {
    text = candidate?.replace(/^\s*\(#-?\d+\)\s*/, '').trim() ?? '';
    if (text !== '') break;
  }
  if (code === undefined) return text;
  return text === '' ? `(#${code})` : `(#${code}) ${text}`;
}

/** A redactor that never throws and always returns a string (a broken redactor must not crash the mapper). */
export function safeRedact(redact: ((text: string) => string) | undefined): (text: string | undefined) => string | undefined {
  return (text) => {
    if (text === undefined || redact === undefined) return text;
    try {
      const out = redact(text);
      return typeof out === 'string' ? out : '[redacted]';
    } catch {
      // Fail closed: if the caller's redactor breaks, drop the text rather than risk leaking it.
      return '[redacted]';
    }
  };
}

/** A Date from epoch ms, or undefined when out of the Date range (an Invalid Date would break toISOString). */
export function toDate(ms: number): Date | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms) : undefined;
}
