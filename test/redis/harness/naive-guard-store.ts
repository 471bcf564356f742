/**
 * A deliberately wrong shared GuardStore: read the count, then write, in separate commands — the race every
 * "check then set" store has. The atomicity harness must see it overshoot, or the harness proves nothing.
 */

import type { GuardStore, ReserveResult } from '../../../src/limits/guard-store.js';

interface RawRedis {
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

export class NaiveGuardStore implements GuardStore {
  readonly #redis: RawRedis;
  readonly #prefix: string;

  constructor(redis: RawRedis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  async reserve(key: string, nowMs: number, windowMs: number, limit: number, options: { attemptId?: string | undefined } = {}): Promise<ReserveResult> {
    const full = this.#prefix + key;
    await this.#redis.call('ZREMRANGEBYSCORE', full, '-inf', nowMs - windowMs);
    const count = Number(await this.#redis.call('ZCARD', full));
    // Widen the window between the read and the write as any networked store has it (another round trip's
    // worth): yield to the event loop so the other concurrent reserves of this process read before this one
    // writes. Without it, a loaded machine sometimes serialised a whole trial and the control proved nothing.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (count >= limit) return { allowed: false, retryAtMs: nowMs + windowMs };
    await this.#redis.call('ZADD', full, nowMs, options.attemptId ?? `${nowMs}:${Math.random()}`);
    return { allowed: true };
  }

  async lock(key: string, untilMs: number): Promise<void> {
    await this.#redis.call('SET', this.#prefix + key, String(untilMs));
  }

  async lockedUntil(key: string, nowMs: number): Promise<number | undefined> {
    const value = Number((await this.#redis.call('GET', this.#prefix + key)) ?? 0);
    return value > nowMs ? value : undefined;
  }
}
