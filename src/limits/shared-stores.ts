/**
 * Every store wabakit keeps state in, as one value a client accepts (`sharedStores`): what `wabakit/redis`'s
 * `createRedisStores(redis)` returns, or your own over another database.
 */

import type { IdentityStore } from '../resources/identity-check/identity-store.js';
import type { IdempotencyStore } from '../webhooks/idempotency-store.js';
import type { CooldownStore } from './cooldown-store.js';
import type { GuardStore } from './guard-store.js';
import type { StoreErrorPolicy } from './store-policy.js';

/**
 * Shared state for several processes or serverless instances. Pass it to a client as `sharedStores`, and its
 * `idempotencyStore` to `createWebhookHandler({ dedupeStore })`.
 *
 * @example
 * import { createRedisStores } from 'wabakit/redis';
 * const stores = createRedisStores(redis);
 * const client = new WabaClient({ accessToken, sharedStores: stores });
 */
export interface SharedStores {
  /** Registration windows and the 72 h locks after a 133016. */
  readonly guardStore: GuardStore;
  /** Usage cool-downs: a throttle one instance saw holds back every instance. */
  readonly cooldownStore: CooldownStore;
  /** Identity key hashes and trust flags of the identity check. */
  readonly identityStore: IdentityStore;
  /** Webhook dedupe (claim / complete / release). */
  readonly idempotencyStore: IdempotencyStore;
  /** Default failure policies for the guards on these stores; the guards' own `onStoreError` options win. */
  readonly onStoreError?: {
    /** @default 'fail-closed' */
    readonly registration?: StoreErrorPolicy | undefined;
    /** @default 'fail-open' */
    readonly cooldowns?: StoreErrorPolicy | undefined;
  } | undefined;
}
