/**
 * Contract §7.2 — Graph, authorization and throttling codes (plus the Graph throttle codes that
 * reliability.md §4/G4/G14 require: 32 and the business-use-case family 80000–80014).
 */

import type { GraphCodeEntry, GraphCodeLine } from './entry.js';

/** Rows of contract §7.2. @internal */
export const GRAPH_AUTH_THROTTLING: readonly GraphCodeLine[] = [
  // Authentication (HTTP 401 in the old table): a new token is needed; retrying with the same one cannot help.
  '0 AuthenticationError user-action AuthException',
  '102 AuthenticationError user-action API Session',
  '190 AuthenticationError user-action Access token has expired',

  // Server side. Code 1 is "T (once), then N": the retry policy's attempt limit gives the "once".
  '1 ServerError transient API Unknown',
  '2 ServerError transient API Service',

  // Permissions. 3 is "N/U" in the contract; it is a capability problem someone must grant → user-action.
  '3 PermissionError user-action API Method',
  '10 PermissionError user-action Permission Denied',
  // 200 alone is "N" ("Provide valid app ID": the request lacks a token); the rest of 200–299 is "U".
  '200 PermissionError fix-request API Permission',
  '368 PolicyBlockError user-action Temporarily blocked for policies violations',

  // Parameters.
  '33 InvalidRequestError fix-request Parameter value is not valid',
  '100 InvalidRequestError fix-request Invalid parameter',
  '506 InvalidRequestError fix-request Duplicate Post',

  // Throttles: Graph sends them as HTTP 400, so they are mapped by code, never by status (contract §7.1).
  '4 RateLimitError after-window/app API Too Many Calls',
  '17 RateLimitError after-window/user API User Too Many Calls',
  // 32 is not in contract §7.2; reliability.md §4 and G4 list it as the page-level throttle.
  '32 RateLimitError after-window/page Page request limit reached',
  '341 RateLimitError after-window/app Application limit reached',
  '613 RateLimitError after-window/custom Calls to this api have exceeded the rate limit',
  '80007 RateLimitError after-window/waba Rate limit issues',
  '80008 RateLimitError after-window/business-use-case WhatsApp Business Management API business use case limit',
  // 130429 is "T/W": throughput and block-users volume. Treated as a throttle so the guard cools the scope down.
  '130429 RateLimitError after-window/throughput Rate limit hit',
  '131048 RateLimitError after-window/spam Spam rate limit hit',
  '131056 RateLimitError after-window/pair (Business Account, Consumer Account) pair rate limit hit',
  // 131064 limits template/direct sends for a business while an enforcement lasts; no documented budget → 'unknown'.
  '131064 RateLimitError after-window/unknown Template classification violation limit',
  // 133016: 10 (de)registrations per number per 72 h; blocked 72 h (contract §6, §7.2).
  '133016 RegistrationRateLimitError after-window/registration Account register deregister rate limit exceeded',
];

/** Contract §7.2 "200–299 API Permission (403)": permission missing → user-action. @internal */
export function permissionRange(code: number): GraphCodeEntry | undefined {
  return code > 200 && code <= 299
    ? { errorClass: 'PermissionError', retryAdvice: 'user-action', title: 'API Permission' }
    : undefined;
}

/**
 * Graph's business-use-case throttle family 80000–80014 (Graph rate-limiting page; reliability.md G14).
 * 80007 and 80008 have their own rows above; the others belong to non-WhatsApp BUC types but can still
 * reach a shared app, so they are throttles all the same. @internal
 */
export function businessUseCaseRange(code: number): GraphCodeEntry | undefined {
  return code >= 80000 && code <= 80014
    ? { errorClass: 'RateLimitError', retryAdvice: 'after-window', scope: 'business-use-case', title: 'Business use case rate limit reached' }
    : undefined;
}
