import type { RateLimitScope, RetryAdvice } from './api-error.js';
import type { GraphErrorClassName } from './graph-codes.js';

/** The class and retry advice of an error whose code no catalog knows. @internal */
export interface StatusFallback {
  readonly errorClass: GraphErrorClassName;
  readonly retryAdvice: RetryAdvice;
  readonly scope?: RateLimitScope;
}

/**
 * An unknown code is classified by its HTTP status, the same way for every provider (Graph contract §7; CAMS
 * §3.1 "map by HTTP status"): 401 → `AuthenticationError`, 403 → `PermissionError`, 404 → `NotFoundError`,
 * 429 → `RateLimitError`, 5xx → `ServerError`, other 4xx → `InvalidRequestError`; anything else a plain
 * `APIError` to fix. @internal
 */
export function statusFallback(status: number): StatusFallback {
  if (status === 401) return { errorClass: 'AuthenticationError', retryAdvice: 'user-action' };
  if (status === 403) return { errorClass: 'PermissionError', retryAdvice: 'user-action' };
  if (status === 404) return { errorClass: 'NotFoundError', retryAdvice: 'fix-request' };
  if (status === 429) return { errorClass: 'RateLimitError', retryAdvice: 'after-window', scope: 'unknown' };
  if (status >= 500 && status <= 599) return { errorClass: 'ServerError', retryAdvice: 'transient' };
  if (status >= 400 && status <= 499) return { errorClass: 'InvalidRequestError', retryAdvice: 'fix-request' };
  return { errorClass: 'APIError', retryAdvice: 'fix-request' };
}

/** A response header, or `null` when there is none or `headers` is not a working `Headers` (untrusted input). @internal */
export function headerOf(headers: Headers | undefined, name: string): string | null {
  try {
    return typeof headers?.get === 'function' ? headers.get(name) : null;
  } catch {
    return null;
  }
}
