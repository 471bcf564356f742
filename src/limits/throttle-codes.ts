/**
 * Which throttle budget a Graph error code exhausted, for the usage guard (contract §7.2; reliability.md §4, G4).
 */

import type { RateLimitScope } from '../errors/api-error.js';

/** The two families of scope the usage guard keeps cool-downs for. */
export type ThrottleFamily = 'app' | 'business-use-case';

/** What the usage guard needs from a throttle error; a `RateLimitError` fits. */
export interface ThrottleSignal {
  /** Graph error code: 4, 17, 32, 341, 613 (app-wide) or 80000–80014 (business use case). */
  readonly code?: number | undefined;
  /** When Meta said calls may resume (`estimated_time_to_regain_access`, `Retry-After`). */
  readonly retryAt?: Date | undefined;
  /** The error mapper's scope, used when `code` is absent or unknown. */
  readonly scope?: string | undefined;
}

/** Where a throttle error belongs: the family of scope keys to cool down, and the scope to report. */
export interface ThrottleTarget {
  readonly family: ThrottleFamily;
  readonly scope: RateLimitScope;
}

/**
 * Platform-level limits, keyed on the token (app or user): all share the `app` scope key because the SDK calls
 * with one token per client. 4 = app (X-App-Usage), 17 = user, 32 = page, 341 = application limit, 613 = custom.
 */
const PLATFORM_CODES: ReadonlyMap<number, RateLimitScope> = new Map<number, RateLimitScope>([
  [4, 'app'],
  [17, 'user'],
  [32, 'page'],
  [341, 'app'],
  [613, 'custom'],
]);

/** Graph reserves 80000–80014 for business-use-case limits; 80007 (WABA) and 80008 (WABA management) concern us. */
const BUC_FIRST = 80_000;
const BUC_LAST = 80_014;

/**
 * Classifies a throttle error by its Graph `code`, else by the `scope` the error mapper gave it.
 *
 * Returns `undefined` for throttles this guard does not track: throughput (130429), pair (131056), spam,
 * registration (133016, handled by the registration guard) and anything that is not a throttle.
 * A throttle of `unknown` scope (an HTTP 429 without a Graph code) is treated as app-wide: the only safe choice
 * when the budget is unknown, since continuing to call extends Meta's block ([G-RL]).
 *
 * @example
 * classifyThrottle({ code: 80008 }); // { family: 'business-use-case', scope: 'business-use-case' }
 */
export function classifyThrottle(error: ThrottleSignal): ThrottleTarget | undefined {
  const { code, scope } = error;
  if (code !== undefined) {
    const platform = PLATFORM_CODES.get(code);
    if (platform !== undefined) return { family: 'app', scope: platform };
    if (code === 80_007) return { family: 'business-use-case', scope: 'waba' };
    if (code >= BUC_FIRST && code <= BUC_LAST) return { family: 'business-use-case', scope: 'business-use-case' };
  }
  switch (scope) {
    case 'app':
    case 'user':
    case 'page':
    case 'custom':
    case 'unknown':
      return { family: 'app', scope };
    case 'waba':
    case 'business-use-case':
      return { family: 'business-use-case', scope };
    default:
      return undefined;
  }
}
