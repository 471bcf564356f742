/**
 * Where `dedupe` remembers which webhook events already ran. Meta retries a delivery that did not get a 200 for
 * up to 7 days and may deliver the same event twice, concurrently (contract §5, G12). In serverless deployments
 * instances share no memory, so the store is pluggable: the default lives in memory, a shared one (Redis,
 * DynamoDB, KV…) implements the three async methods below.
 */

/**
 * Atomic "first one wins" storage for event ids.
 *
 * `wabakit/redis` implements it over Redis, Valkey and Upstash (`createRedisStores(redis).idempotencyStore`): claim
 * is `SET key running NX PX leaseMs`, complete `SET key done PX ttlMs`, release deletes a running claim only.
 *
 * @example
 * import { createRedisStores } from 'wabakit/redis';
 * const handler = createWebhookHandler({ appSecret, verifyToken, dedupeStore: createRedisStores(redis).idempotencyStore });
 */
export interface IdempotencyStore {
  /**
   * Claims `key` if nobody holds it: resolves `true` for exactly one caller among concurrent ones, `false` while
   * a claim or a completion is alive. The claim expires after `leaseMs` so a crashed run does not block the
   * event forever. Must be atomic across instances (Redis `SET key v NX PX leaseMs`).
   */
  claim(key: string, leaseMs: number): Promise<boolean>;
  /** Marks `key` done for `ttlMs` (longer than Meta's 7-day retry window). Redis `SET key done PX ttlMs`. */
  complete(key: string, ttlMs: number): Promise<void>;
  /** Drops a claim after the handler failed, so Meta's redelivery runs it again. Redis `DEL key`. */
  release(key: string): Promise<void>;
}

/** Options of {@link MemoryIdempotencyStore}. */
export interface MemoryIdempotencyStoreOptions {
  /**
   * Most keys kept; the oldest are forgotten first beyond it, bounding memory in a long-lived process.
   * @default 100_000
   */
  readonly maxEntries?: number;
  /** Clock, epoch ms. @default Date.now */
  readonly now?: () => number;
}

/**
 * In-process {@link IdempotencyStore}: right for one long-lived Node process, wrong across serverless instances
 * or several replicas (each has its own memory) — use a shared store there.
 *
 * @example
 * const handler = createWebhookHandler({ appSecret, verifyToken, dedupeStore: new MemoryIdempotencyStore({ maxEntries: 10_000 }) });
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  // key → expiry (epoch ms). Insertion order approximates expiry order, so expired keys are swept from the front.
  readonly #entries = new Map<string, number>();
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: MemoryIdempotencyStoreOptions = {}) {
    this.#maxEntries = Math.max(1, options.maxEntries ?? 100_000);
    this.#now = options.now ?? Date.now;
  }

  /** Number of live keys (claimed or done); for tests and metrics. */
  get size(): number {
    const now = this.#now();
    let live = 0;
    for (const expiry of this.#entries.values()) if (expiry > now) live += 1;
    return live;
  }

  /** {@inheritDoc IdempotencyStore.claim} */
  async claim(key: string, leaseMs: number): Promise<boolean> {
    this.#sweep();
    const expiry = this.#entries.get(key);
    if (expiry !== undefined && expiry > this.#now()) return false;
    this.#set(key, this.#now() + leaseMs);
    return true;
  }

  /** {@inheritDoc IdempotencyStore.complete} */
  async complete(key: string, ttlMs: number): Promise<void> {
    this.#set(key, this.#now() + ttlMs);
  }

  /** {@inheritDoc IdempotencyStore.release} */
  async release(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  #set(key: string, expiry: number): void {
    this.#entries.delete(key); // re-insert at the end: the newest expiry goes last
    this.#entries.set(key, expiry);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  #sweep(): void {
    const now = this.#now();
    for (const [key, expiry] of this.#entries) {
      if (expiry > now) break;
      this.#entries.delete(key);
    }
  }
}
