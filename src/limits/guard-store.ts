/**
 * Where the registration guard keeps its counters and locks. In memory by default; a shared store
 * (Redis, DynamoDB, a KV) when several processes or serverless instances act on the same numbers —
 * their memories are not shared, and Meta counts every attempt from every one of them (reliability.md G5).
 */

/** What {@link GuardStore.reserve} answers. */
export type ReserveResult =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Epoch ms when the oldest counted entry leaves the window, i.e. the earliest time a reserve can succeed. */
      readonly retryAtMs: number;
    };

/**
 * Storage for moving-window counters and time locks, designed so a shared store can implement each method as
 * **one atomic operation** (two instances racing for the 10th registration must not both win).
 *
 * Window semantics: an entry recorded at `t` counts while `now < t + windowMs` and leaves the window at exactly
 * `t + windowMs`.
 *
 * A Redis implementation keeps one sorted set per key (score = entry time) and runs `reserve` as one Lua script,
 * which Redis executes atomically:
 * ```lua
 * -- KEYS[1] = key; ARGV = nowMs, windowMs, limit, member (unique, e.g. `${nowMs}:${crypto.randomUUID()}`)
 * local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
 * redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)        -- drop entries that left the window
 * if redis.call('ZCARD', KEYS[1]) < limit then
 *   redis.call('ZADD', KEYS[1], now, ARGV[4])
 *   redis.call('PEXPIRE', KEYS[1], window)                            -- the key disappears with its last entry
 *   return -1                                                          -- allowed
 * end
 * local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
 * return tonumber(oldest[2]) + window                                  -- refused: retryAtMs
 * ```
 * `lock` is `SET key untilMs PXAT untilMs` guarded so it never shortens an existing lock (a 3-line script comparing
 * with `GET`), and `lockedUntil` is a `GET` whose value is returned only when it is later than `nowMs`.
 * Members must be unique because two reserves can share a millisecond. DynamoDB can do the same with a
 * conditional `UpdateItem` on a list attribute (condition: size after pruning < limit).
 *
 * @example
 * const guard = new RegistrationGuard({ store: new RedisGuardStore(redis) }); // your adapter
 */
export interface GuardStore {
  /**
   * Atomically drops the entries of `key` recorded at or before `nowMs - windowMs`; then, if fewer than `limit`
   * remain, records `nowMs` and allows; otherwise records nothing and refuses with the time the oldest remaining
   * entry leaves the window.
   */
  reserve(key: string, nowMs: number, windowMs: number, limit: number): Promise<ReserveResult>;
  /** Locks `key` until `untilMs` (epoch ms). Never shortens an existing, later lock. */
  lock(key: string, untilMs: number): Promise<void>;
  /** When the lock on `key` ends, if it is still in force at `nowMs`; `undefined` when not locked. */
  lockedUntil(key: string, nowMs: number): Promise<number | undefined>;
}

interface WindowEntry {
  /** Recorded times still inside the window when the key was last touched; at most `limit` of them. */
  readonly times: number[];
  /** When the newest entry leaves the window: after that the key is empty and can be forgotten. */
  readonly expiresAtMs: number;
}

/** Below this many keys the store never sweeps; memory is trivially small. */
const MIN_SWEEP_SIZE = 1024;

/**
 * The default, in-process {@link GuardStore}. Correct for one long-lived process; **not shared** across processes
 * or serverless instances — use a shared store there.
 *
 * Memory stays bounded: a key holds at most `limit` times, and entries are pruned whenever their key is touched.
 * Keys never touched again are dropped by an amortised sweep that runs each time the number of keys doubles
 * since the last sweep (and is at least 1,024), so memory is O(keys still inside their window or lock).
 *
 * Operations are synchronous inside their promise, so concurrent calls in one process cannot interleave between
 * the count and the record.
 *
 * @example
 * const store = new MemoryGuardStore();
 * await store.reserve('registration:register:106540352242922', Date.now(), 72 * 3_600_000, 10); // { allowed: true }
 */
export class MemoryGuardStore implements GuardStore {
  readonly #windows = new Map<string, WindowEntry>();
  readonly #locks = new Map<string, number>();
  #sweepAt = MIN_SWEEP_SIZE;

  /** How many keys (windows and locks) are held; for monitoring and tests. */
  get size(): number {
    return this.#windows.size + this.#locks.size;
  }

  /** {@inheritDoc GuardStore.reserve} */
  reserve(key: string, nowMs: number, windowMs: number, limit: number): Promise<ReserveResult> {
    this.#maybeSweep(nowMs);
    const cutoff = nowMs - windowMs;
    // Filter rather than trim the front: an injected or wall clock can step backwards, so times may be unsorted.
    const times = (this.#windows.get(key)?.times ?? []).filter((time) => time > cutoff);
    if (times.length < limit) {
      times.push(nowMs);
      this.#windows.set(key, { times, expiresAtMs: latest(times) + windowMs });
      return Promise.resolve({ allowed: true });
    }
    if (times.length === 0) {
      this.#windows.delete(key); // limit ≤ 0: nothing can ever be reserved
      return Promise.resolve({ allowed: false, retryAtMs: Infinity });
    }
    this.#windows.set(key, { times, expiresAtMs: latest(times) + windowMs });
    return Promise.resolve({ allowed: false, retryAtMs: earliest(times) + windowMs });
  }

  /** {@inheritDoc GuardStore.lock} */
  lock(key: string, untilMs: number): Promise<void> {
    const current = this.#locks.get(key);
    if (current === undefined || untilMs > current) this.#locks.set(key, untilMs);
    return Promise.resolve();
  }

  /** {@inheritDoc GuardStore.lockedUntil} */
  lockedUntil(key: string, nowMs: number): Promise<number | undefined> {
    this.#maybeSweep(nowMs);
    const until = this.#locks.get(key);
    if (until === undefined) return Promise.resolve(undefined);
    if (until <= nowMs) {
      this.#locks.delete(key);
      return Promise.resolve(undefined);
    }
    return Promise.resolve(until);
  }

  #maybeSweep(nowMs: number): void {
    if (this.size < this.#sweepAt) return;
    for (const [key, entry] of this.#windows) if (entry.expiresAtMs <= nowMs) this.#windows.delete(key);
    for (const [key, until] of this.#locks) if (until <= nowMs) this.#locks.delete(key);
    this.#sweepAt = Math.max(MIN_SWEEP_SIZE, this.size * 2);
  }
}

// Loops rather than Math.max(...times): a caller-chosen `limit` could be large enough to overflow the spread.
function latest(times: readonly number[]): number {
  let result = -Infinity;
  for (const time of times) if (time > result) result = time;
  return result;
}

function earliest(times: readonly number[]): number {
  let result = Infinity;
  for (const time of times) if (time < result) result = time;
  return result;
}
