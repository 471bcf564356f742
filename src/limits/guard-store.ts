/**
 * Where the registration guard keeps its counters and locks. In memory by default; a shared store
 * (Redis, DynamoDB, a KV) when several processes or serverless instances act on the same numbers —
 * their memories are not shared, and Meta counts every attempt from every one of them (reliability.md G5).
 */

/** What {@link GuardStore.reserve} answers. */
export type ReserveResult =
  | {
      readonly allowed: true;
      /** The attempt id was already counted (a reserve repeated after an ambiguous store timeout): counted once. */
      readonly duplicate?: boolean | undefined;
    }
  | {
      readonly allowed: false;
      /**
       * Epoch ms when a reserve can next succeed: when the oldest counted entry leaves the window, or — when
       * `locked` — when the lock ends.
       */
      readonly retryAtMs: number;
      /** Refused because `options.lockKey` is locked (only from stores with {@link GuardStore.atomicLockCheck}). */
      readonly locked?: boolean | undefined;
    };

/** Extra inputs of {@link GuardStore.reserve}; a store that ignores them stays correct for one process. */
export interface ReserveOptions {
  /**
   * Unique per `acquire` call. A store that keeps it counts a repeated reserve with the same id once (answers
   * `{ allowed: true, duplicate: true }`), so a retry after an ambiguous timeout cannot spend a second attempt.
   */
  readonly attemptId?: string | undefined;
  /**
   * The lock key of the same number and action. A store with {@link GuardStore.atomicLockCheck} checks it in the
   * same atomic step and refuses with `locked: true` while it is in force.
   */
  readonly lockKey?: string | undefined;
}

/** Extra inputs of {@link GuardStore.lock}. */
export interface LockOptions {
  /**
   * The lock's length, ms (`untilMs` minus the caller's now). A store with its own clock (Redis `TIME`) locks for
   * this long on that clock instead of trusting `untilMs`.
   */
  readonly durationMs?: number | undefined;
}

/**
 * Storage for moving-window counters and time locks, designed so a shared store can implement each method as
 * **one atomic operation** (two instances racing for the 10th registration must not both win).
 *
 * Window semantics: an entry recorded at `t` counts while `now < t + windowMs` and leaves the window at exactly
 * `t + windowMs`.
 *
 * `wabakit/redis` implements it over Redis, Valkey and Upstash: one sorted set per key (score = entry time, member =
 * attempt id) and one Lua script that checks the lock and reserves atomically, on the server's clock. A DynamoDB
 * store can do the same with a conditional `UpdateItem` on a list attribute (condition: size after pruning < limit).
 *
 * @example
 * import { createRedisStores } from 'wabakit/redis';
 * const guard = new RegistrationGuard({ store: createRedisStores(redis).guardStore });
 */
export interface GuardStore {
  /**
   * True when {@link GuardStore.reserve} checks `options.lockKey` in the same atomic step; the guard then skips
   * its separate {@link GuardStore.lockedUntil} call.
   */
  readonly atomicLockCheck?: boolean | undefined;
  /**
   * Atomically drops the entries of `key` recorded at or before `nowMs - windowMs`; then, if fewer than `limit`
   * remain, records `nowMs` and allows; otherwise records nothing and refuses with the time the oldest remaining
   * entry leaves the window. An `options.attemptId` already recorded inside the window is allowed again without
   * being recorded twice.
   */
  reserve(key: string, nowMs: number, windowMs: number, limit: number, options?: ReserveOptions): Promise<ReserveResult>;
  /** Locks `key` until `untilMs` (epoch ms). Never shortens an existing, later lock. */
  lock(key: string, untilMs: number, options?: LockOptions): Promise<void>;
  /** When the lock on `key` ends, if it is still in force at `nowMs`; `undefined` when not locked. */
  lockedUntil(key: string, nowMs: number): Promise<number | undefined>;
}

interface WindowEntry {
  /** Recorded times still inside the window when the key was last touched; at most `limit` of them. */
  readonly times: number[];
  /** The attempt id of each entry of `times` (same index), `undefined` when the caller gave none. */
  readonly ids: (string | undefined)[];
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

  /** Checks `options.lockKey` in the same (synchronous) step as the reserve. */
  readonly atomicLockCheck = true;

  /** {@inheritDoc GuardStore.reserve} */
  reserve(key: string, nowMs: number, windowMs: number, limit: number, options: ReserveOptions = {}): Promise<ReserveResult> {
    this.#maybeSweep(nowMs);
    if (options.lockKey !== undefined) {
      const until = this.#lockedUntil(options.lockKey, nowMs);
      if (until !== undefined) return Promise.resolve({ allowed: false, retryAtMs: until, locked: true });
    }
    const cutoff = nowMs - windowMs;
    const entry = this.#windows.get(key);
    // Filter rather than trim the front: an injected or wall clock can step backwards, so times may be unsorted.
    const times: number[] = [];
    const ids: (string | undefined)[] = [];
    entry?.times.forEach((time, index) => {
      if (time > cutoff) {
        times.push(time);
        ids.push(entry.ids[index]);
      }
    });
    if (options.attemptId !== undefined && ids.includes(options.attemptId)) {
      return Promise.resolve({ allowed: true, duplicate: true });
    }
    if (times.length < limit) {
      times.push(nowMs);
      ids.push(options.attemptId);
      this.#windows.set(key, { times, ids, expiresAtMs: latest(times) + windowMs });
      return Promise.resolve({ allowed: true });
    }
    if (times.length === 0) {
      this.#windows.delete(key); // limit ≤ 0: nothing can ever be reserved
      return Promise.resolve({ allowed: false, retryAtMs: Infinity });
    }
    this.#windows.set(key, { times, ids, expiresAtMs: latest(times) + windowMs });
    return Promise.resolve({ allowed: false, retryAtMs: earliest(times) + windowMs });
  }

  /** {@inheritDoc GuardStore.lock} */
  lock(key: string, untilMs: number, _options?: LockOptions): Promise<void> {
    const current = this.#locks.get(key);
    if (current === undefined || untilMs > current) this.#locks.set(key, untilMs);
    return Promise.resolve();
  }

  /** {@inheritDoc GuardStore.lockedUntil} */
  lockedUntil(key: string, nowMs: number): Promise<number | undefined> {
    this.#maybeSweep(nowMs);
    return Promise.resolve(this.#lockedUntil(key, nowMs));
  }

  #lockedUntil(key: string, nowMs: number): number | undefined {
    const until = this.#locks.get(key);
    if (until === undefined) return undefined;
    if (until <= nowMs) {
      this.#locks.delete(key);
      return undefined;
    }
    return until;
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
