/**
 * What a guard does when its shared store times out or fails (docs/serverless.md "Choosing a failure policy").
 */

import { GuardStoreUnavailableError, type GuardStoreKind } from '../errors/store-errors.js';

/**
 * - `fail-closed`: refuse the call with `GuardStoreUnavailableError`; nothing is sent to Meta.
 * - `fail-open`: let the call through uncounted; Meta's own answer (133016, a throttle) is the backstop.
 * - `local-fallback`: use this instance's in-memory state for the call — **not shared** with other instances.
 */
export type StoreErrorPolicy = 'fail-closed' | 'fail-open' | 'local-fallback';

/**
 * A store failure as a `GuardStoreUnavailableError` (kept as is when the adapter already made one).
 * @internal
 */
export function asStoreError(error: unknown, store: GuardStoreKind, operation: string): GuardStoreUnavailableError {
  if (error instanceof GuardStoreUnavailableError) return error;
  return new GuardStoreUnavailableError({ store, operation, failure: 'error', cause: error });
}

/**
 * Checks a policy option.
 * @throws {RangeError} for anything but the three policies.
 * @internal
 */
export function checkPolicy(name: string, value: StoreErrorPolicy | undefined, fallback: StoreErrorPolicy): StoreErrorPolicy {
  const policy = value ?? fallback;
  if (policy !== 'fail-closed' && policy !== 'fail-open' && policy !== 'local-fallback') {
    throw new RangeError(`${name} must be 'fail-closed', 'fail-open' or 'local-fallback', got ${String(policy)}`);
  }
  return policy;
}
