/**
 * `wabakit/redis`: shared state for several processes and serverless instances over Redis, Valkey or Upstash —
 * registration windows and locks, usage cool-downs, webhook dedupe and identity hashes. Depends on no Redis
 * client: bring node-redis, ioredis, iovalkey or @upstash/redis. See docs/serverless.md.
 *
 * @module
 */

export { createRedisStores, type RedisStoresOptions } from './create-redis-stores.js';
export type { RedisClientKind, RedisClientLike, ScriptClient } from './script-client.js';
export type { SharedStores } from '../limits/shared-stores.js';
export type { StoreErrorPolicy } from '../limits/store-policy.js';
export { GuardStoreUnavailableError, type GuardStoreKind, type GuardStoreFailure } from '../errors/store-errors.js';
export { isGuardStoreUnavailableError } from '../errors/guards.js';
