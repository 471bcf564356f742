/**
 * State a client shares with every client derived from it (`withOptions()`), and — through a shared store — with
 * every other instance: the registration guard, the usage guard, the retry budget and the identity store. One
 * factory for every client class (WabaClient, CamsClient), so each builds its guards the same way.
 */

import { MemoryGuardStore } from '../limits/guard-store.js';
import { RegistrationGuard, type RegistrationGuardOptions } from '../limits/registration-guard.js';
import type { SharedStores } from '../limits/shared-stores.js';
import type { UsageGuard } from '../limits/usage-guard.js';
import type { UsageGuardOptions } from '../limits/usage-guard-options.js';
import type { IdentityStore } from '../resources/identity-check/identity-store.js';
import { RetryBudget } from './retry-budget.js';

/** State shared by a client and every client derived from it with `withOptions()`. @internal */
export interface SharedState {
  readonly registrationGuard: RegistrationGuard | undefined;
  readonly usageGuard: UsageGuard | undefined;
  readonly retryBudget: RetryBudget;
  /** The identity store: the one configured, or the in-memory default its first user creates (see the slot). */
  readonly identity: IdentityStoreSlot;
}

/**
 * Where a client family keeps its identity store. Empty until the first identity check when none was configured:
 * that check creates the in-memory default and every client derived with `withOptions()` sees it. The default is
 * created by the identity-check module, so a handler without an identity check bundles no store (issue #12). @internal
 */
export interface IdentityStoreSlot {
  store: IdentityStore | undefined;
}

/** The client options {@link createSharedState} reads. @internal */
export interface SharedStateOptions {
  readonly registrationGuard?: RegistrationGuardOptions | false | undefined;
  readonly usageGuard?: UsageGuardOptions | UsageGuard | false | undefined;
  readonly identityStore?: IdentityStore | undefined;
  readonly sharedStores?: SharedStores | undefined;
}

/**
 * Builds the usage guard (Graph only), passed in by the client class that ships one (`WabaClient`): a CAMS bundle,
 * or a `WabaCore` handler that passes no guard, never contains it. @internal
 */
export type UsageGuardFactory = (options: UsageGuardOptions) => UsageGuard;

/** The part of {@link SharedState} every provider uses: the registration guard and the retry budget. @internal */
export type GuardState = Pick<SharedState, 'registrationGuard' | 'retryBudget'>;

/**
 * Builds the registration guard and the retry budget from a client's options — all a CAMS client shares, so a CAMS
 * bundle never holds the identity store it would not use (issue #12). With `sharedStores` the guard runs on them,
 * unless the options name its own store or policy.
 * @throws {RangeError} when a guard option is out of range.
 * @internal
 */
export function createGuardState(options: Pick<SharedStateOptions, 'registrationGuard' | 'sharedStores'>): GuardState {
  const registration = options.registrationGuard;
  const shared = options.sharedStores;
  return {
    registrationGuard:
      registration === false
        ? undefined
        : new RegistrationGuard({
            ...registration,
            store: registration?.store ?? shared?.guardStore ?? new MemoryGuardStore(),
            onStoreError: registration?.onStoreError ?? shared?.onStoreError?.registration,
          }),
    retryBudget: new RetryBudget(),
  };
}

/**
 * Builds the guards, the retry budget and the identity store from a client's options. With `sharedStores`, each
 * guard and the identity store run on them — except where the options name their own store or policy: what the
 * user passed explicitly always wins.
 *
 * The usage guard reads Graph's usage headers, which CAMS does not send: only a client that passes
 * `createUsageGuard` builds one from options (a `UsageGuard` given in the options is used as it is). Importing
 * `UsageGuard` here would put it (about 7 kB minified with the header parser and pacing) in every CAMS handler's
 * bundle, and in every `WabaCore` one (issue #12).
 * @throws {RangeError} when a guard option is out of range.
 * @internal
 */
export function createSharedState(options: SharedStateOptions, createUsageGuard?: UsageGuardFactory): SharedState {
  const usage = options.usageGuard;
  const shared = options.sharedStores;
  return {
    ...createGuardState(options),
    usageGuard:
      usage === false
        ? undefined
        : isUsageGuard(usage)
          ? usage
          : createUsageGuard?.({
              ...usage,
              store: usage?.store ?? shared?.cooldownStore,
              onStoreError: usage?.onStoreError ?? shared?.onStoreError?.cooldowns,
            }),
    identity: { store: options.identityStore ?? shared?.identityStore },
  };
}

/**
 * A constructed `UsageGuard` (shared as it is) rather than options for one. By shape, not `instanceof`: importing the
 * class here would put it in every bundle. @internal
 */
export function isUsageGuard(value: UsageGuardOptions | UsageGuard | undefined): value is UsageGuard {
  return typeof (value as Partial<UsageGuard> | undefined)?.beforeRequest === 'function';
}
