/** The documented code ranges of contract §7 that have no row of their own in `table.ts`. */

import type { GraphCodeClass } from './entry.js';

/** Contract §7.2 "200–299 API Permission (403)": permission missing → user-action. @internal */
export function permissionRange(code: number): GraphCodeClass | undefined {
  return code > 200 && code <= 299
    ? { errorClass: 'PermissionError', retryAdvice: 'user-action' }
    : undefined;
}

/**
 * Graph's business-use-case throttle family 80000–80014 (Graph rate-limiting page; reliability.md G14).
 * 80007 and 80008 have their own rows; the others belong to non-WhatsApp BUC types but can still reach a shared
 * app, so they are throttles all the same. @internal
 */
export function businessUseCaseRange(code: number): GraphCodeClass | undefined {
  return code >= 80000 && code <= 80014
    ? { errorClass: 'RateLimitError', retryAdvice: 'after-window', scope: 'business-use-case' }
    : undefined;
}

/** Other 2388xxx codes (§7.5): the contract names this family after migration; unknown members default to it. @internal */
export function migrationRange(code: number): GraphCodeClass | undefined {
  return code >= 2388000 && code <= 2388999
    ? { errorClass: 'MigrationError', retryAdvice: 'fix-request' }
    : undefined;
}
