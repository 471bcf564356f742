import type { SharedStores } from '../limits/shared-stores.js';
import type { StoreErrorPolicy } from '../limits/store-policy.js';
import { clientClock, serverClock } from './clock.js';
import { RedisCooldownStore } from './redis-cooldown-store.js';
import { RedisGuardStore } from './redis-guard-store.js';
import { RedisIdempotencyStore } from './redis-idempotency-store.js';
import { RedisIdentityStore } from './redis-identity-store.js';
import { detectKind, toScriptClient, type RedisClientKind, type RedisClientLike } from './script-client.js';

/** Options of {@link createRedisStores}. */
export interface RedisStoresOptions {
  /** The client family, when detection by methods is not wanted. @default detected */
  readonly kind?: RedisClientKind | undefined;
  /**
   * How long one store call may take before the guard's `onStoreError` policy applies, ms. The clients' own
   * defaults wait forever on a refused or frozen connection; keep this well under your function's time limit.
   * @default 1_000
   */
  readonly timeoutMs?: number | undefined;
  /**
   * Whose clock the scripts use: `'server'` (`TIME`; Redis, Valkey) or `'client'` (this process's clock, for REST
   * stores). @default 'client' for @upstash/redis, else 'server'
   */
  readonly clock?: 'server' | 'client' | undefined;
  /**
   * With a client clock, how far instances' clocks may disagree, ms: registration windows and locks are widened
   * by it, so skew can only make the guard stricter. @default 2_000
   */
  readonly maxClockSkewMs?: number | undefined;
  /** Prefix of every key, to share one Redis between apps or environments (no `{` or `}`). @default '' */
  readonly prefix?: string | undefined;
  /** How long identity hashes live without an update, ms; 0 keeps them. @default 0 */
  readonly identityTtlMs?: number | undefined;
  /** Default failure policies of the guards that use these stores. */
  readonly onStoreError?: {
    /** @default 'fail-closed' */
    readonly registration?: StoreErrorPolicy | undefined;
    /** @default 'fail-open' */
    readonly cooldowns?: StoreErrorPolicy | undefined;
  } | undefined;
  /** Clock for `clock: 'client'`, epoch ms. @default Date.now */
  readonly now?: (() => number) | undefined;
}

/**
 * Turns one Redis client into every store wabakit keeps state in — registration windows and 72 h locks, usage
 * cool-downs, webhook dedupe and identity hashes — shared by every process and serverless instance on that Redis.
 *
 * Accepts node-redis v4–v6 (`createClient`; `createCluster` from v5), ioredis / iovalkey (client or cluster),
 * @upstash/redis (REST), or
 * any object with `evalsha(sha, keys, args)` and `eval(source, keys, args)`. Nothing is sent until a store is
 * used; every call is one atomic Lua script (EVALSHA, EVAL on NOSCRIPT) with its own `timeoutMs`. The client's
 * connection stays yours to open and close.
 *
 * @throws {TypeError} when `client` is not a recognised Redis client.
 * @throws {RangeError} when an option is out of range.
 * @example
 * import { createClient } from 'redis';
 * import { WabaClient } from 'wabakit';
 * import { createRedisStores } from 'wabakit/redis';
 *
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const stores = createRedisStores(redis, { timeoutMs: 500 });
 * const client = new WabaClient({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN!, sharedStores: stores });
 */
export function createRedisStores(client: RedisClientLike, options: RedisStoresOptions = {}): SharedStores {
  const kind = options.kind ?? detectKind(client);
  const timeoutMs = options.timeoutMs ?? 1_000;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0 && timeoutMs <= 2_147_483_647)) {
    throw new RangeError(`wabakit/redis timeoutMs must be a positive number of ms, got ${String(timeoutMs)}`);
  }
  const skewMs = options.maxClockSkewMs ?? 2_000;
  if (!(Number.isFinite(skewMs) && skewMs >= 0)) {
    throw new RangeError(`wabakit/redis maxClockSkewMs must be a non-negative number of ms, got ${String(skewMs)}`);
  }
  const identityTtlMs = options.identityTtlMs ?? 0;
  if (!(Number.isFinite(identityTtlMs) && identityTtlMs >= 0)) {
    throw new RangeError(`wabakit/redis identityTtlMs must be a non-negative number of ms, got ${String(identityTtlMs)}`);
  }
  const prefix = options.prefix ?? '';
  if (/[{}]/.test(prefix)) throw new RangeError('wabakit/redis prefix must not contain { or } (they would move the hash tag)');
  const useClientClock = (options.clock ?? (kind === 'upstash' ? 'client' : 'server')) === 'client';
  const clock = useClientClock ? clientClock(options.now ?? Date.now, skewMs) : serverClock();
  const runner = { client: toScriptClient(client, kind), timeoutMs };
  return {
    guardStore: new RedisGuardStore(runner, clock, prefix),
    cooldownStore: new RedisCooldownStore(runner, clock, prefix),
    identityStore: new RedisIdentityStore(runner, prefix, Math.ceil(identityTtlMs)),
    idempotencyStore: new RedisIdempotencyStore(runner, prefix),
    onStoreError: {
      registration: options.onStoreError?.registration ?? 'fail-closed',
      cooldowns: options.onStoreError?.cooldowns ?? 'fail-open',
    },
  };
}
