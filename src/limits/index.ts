/**
 * Client-side guards: the registration quota guard, the usage (throttle) guard, the usage-header parser and the
 * pluggable store behind the registration guard.
 */

export {
  MemoryGuardStore,
  type GuardStore,
  type LockOptions,
  type ReserveOptions,
  type ReserveResult,
} from './guard-store.js';
export type { CooldownSource, CooldownStore, SharedCooldown } from './cooldown-store.js';
export type { SharedStores } from './shared-stores.js';
export type { StoreErrorPolicy } from './store-policy.js';
export {
  REGISTRATION_LIMIT,
  REGISTRATION_WINDOW_MS,
  RegistrationGuard,
  type RegistrationGuardOptions,
} from './registration-guard.js';
export { sleep } from './sleep.js';
export { classifyThrottle, type ThrottleFamily, type ThrottleSignal, type ThrottleTarget } from './throttle-codes.js';
export {
  isThrottledReading,
  parseAppUsage,
  parseBusinessUseCaseUsage,
  parseUsageHeaders,
  type BusinessUseCaseUsage,
  type HeaderSource,
  type UsageHeaders,
  type UsageReading,
} from './usage-headers.js';
export { APP_SCOPE_KEY, UsageGuard } from './usage-guard.js';
export type { UsageCooldownStatus, UsageGuardOptions, UsageGuardStatus } from './usage-guard-options.js';
