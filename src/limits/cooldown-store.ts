/**
 * Where the usage guard shares its cool-downs, so a throttle one instance saw stops every instance calling that
 * scope (contract §6: each call made while throttled extends Meta's block). Durations, not epoch times, cross the
 * wire: each side reads them on its own clock, so instances with skewed clocks still agree on how long is left.
 */

import type { RateLimitScope } from '../errors/api-error.js';

/** What started a cool-down: a usage header at 100 %, a throttle error, or pacing near the limit. */
export type CooldownSource = 'headers' | 'error' | 'pacing';

/** A cool-down as a shared store returns it. */
export interface SharedCooldown {
  /** How long it still lasts, ms, measured on the store's clock when it answered. */
  readonly remainingMs: number;
  readonly scope: RateLimitScope;
  readonly source: CooldownSource;
}

/**
 * Shared cool-downs per scope key (`app`, `buc:<objectId>`). `wabakit/redis` implements it.
 *
 * @example
 * import { createRedisStores } from 'wabakit/redis';
 * const guard = new UsageGuard({ store: createRedisStores(redis).cooldownStore });
 */
export interface CooldownStore {
  /** Starts or extends the cool-down of `scopeKey` to `durationMs` from now; never shortens a longer one. */
  extend(scopeKey: string, durationMs: number, scope: RateLimitScope, source: CooldownSource): Promise<void>;
  /** The cool-downs still in force for `scopeKeys`, in the same order (`undefined` for a scope that is not cooling). */
  read(scopeKeys: readonly string[]): Promise<readonly (SharedCooldown | undefined)[]>;
}
