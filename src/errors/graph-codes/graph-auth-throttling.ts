/**
 * Contract §7.2 — Graph, authorization and throttling codes (plus the Graph throttle codes that
 * reliability.md §4/G4/G14 require: 32 and the business-use-case family 80000–80014).
 */

import { rows, type GraphCodeClass, type GraphCodeRow } from './entry.js';

/** Rows of contract §7.2. @internal */
export const GRAPH_AUTH_THROTTLING: readonly GraphCodeRow[] = [
  // Authentication (HTTP 401 in the old table): a new token is needed; retrying with the same one cannot help.
  ...rows([0, 102, 190], 'AuthenticationError', 'user-action'),

  // Server side. Code 1 is "T (once), then N": the retry policy's attempt limit gives the "once".
  ...rows([1, 2], 'ServerError', 'transient'),

  // Permissions. 3 is "N/U" in the contract; it is a capability problem someone must grant → user-action.
  ...rows([3, 10], 'PermissionError', 'user-action'),
  // 200 alone is "N" ("Provide valid app ID": the request lacks a token); the rest of 200–299 is "U".
  ...rows([200], 'PermissionError', 'fix-request'),
  ...rows([368], 'PolicyBlockError', 'user-action'),

  // Parameters.
  ...rows([33, 100, 506], 'InvalidRequestError', 'fix-request'),

  // Throttles: Graph sends them as HTTP 400, so they are mapped by code, never by status (contract §7.1).
  ...rows([4, 341], 'RateLimitError', 'after-window', 'app'),
  ...rows([17], 'RateLimitError', 'after-window', 'user'),
  // 32 is not in contract §7.2; reliability.md §4 and G4 list it as the page-level throttle.
  ...rows([32], 'RateLimitError', 'after-window', 'page'),
  ...rows([613], 'RateLimitError', 'after-window', 'custom'),
  ...rows([80007], 'RateLimitError', 'after-window', 'waba'),
  ...rows([80008], 'RateLimitError', 'after-window', 'business-use-case'),
  // 130429 is "T/W": throughput and block-users volume. Treated as a throttle so the guard cools the scope down.
  ...rows([130429], 'RateLimitError', 'after-window', 'throughput'),
  ...rows([131048], 'RateLimitError', 'after-window', 'spam'),
  ...rows([131056], 'RateLimitError', 'after-window', 'pair'),
  // 131064 limits template/direct sends for a business while an enforcement lasts; no documented budget → 'unknown'.
  ...rows([131064], 'RateLimitError', 'after-window', 'unknown'),
  // 133016: 10 (de)registrations per number per 72 h; blocked 72 h (contract §6, §7.2).
  ...rows([133016], 'RegistrationRateLimitError', 'after-window', 'registration'),
];

/** Contract §7.2 "200–299 API Permission (403)": permission missing → user-action. @internal */
export function permissionRange(code: number): GraphCodeClass | undefined {
  return code > 200 && code <= 299
    ? { errorClass: 'PermissionError', retryAdvice: 'user-action' }
    : undefined;
}

/**
 * Graph's business-use-case throttle family 80000–80014 (Graph rate-limiting page; reliability.md G14).
 * 80007 and 80008 have their own rows above; the others belong to non-WhatsApp BUC types but can still
 * reach a shared app, so they are throttles all the same. @internal
 */
export function businessUseCaseRange(code: number): GraphCodeClass | undefined {
  return code >= 80000 && code <= 80014
    ? { errorClass: 'RateLimitError', retryAdvice: 'after-window', scope: 'business-use-case' }
    : undefined;
}
