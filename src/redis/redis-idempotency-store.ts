import type { IdempotencyStore } from '../webhooks/idempotency-store.js';
import { tagSafe } from './redis-cooldown-store.js';
import { runScript, type ScriptRunner } from './run-script.js';
import { SCRIPTS } from './scripts.js';

/**
 * Webhook dedupe in Redis: `SET NX PX` claims (`wabakit:v1:{<event key>}:webhook`), completion for the TTL,
 * release of a running claim only. Every handler instance on the same Redis runs each event once.
 * @internal
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  readonly #runner: ScriptRunner;
  readonly #prefix: string;

  constructor(runner: ScriptRunner, prefix: string) {
    this.#runner = runner;
    this.#prefix = prefix;
  }

  async claim(key: string, leaseMs: number): Promise<boolean> {
    const reply = await runScript(this.#runner, 'webhook-dedupe', SCRIPTS.dedupeClaim, [this.#key(key)], [String(ms(leaseMs))]);
    return Number(reply) === 1;
  }

  async complete(key: string, ttlMs: number): Promise<void> {
    await runScript(this.#runner, 'webhook-dedupe', SCRIPTS.dedupeComplete, [this.#key(key)], [String(ms(ttlMs))]);
  }

  async release(key: string): Promise<void> {
    await runScript(this.#runner, 'webhook-dedupe', SCRIPTS.dedupeRelease, [this.#key(key)], []);
  }

  #key(key: string): string {
    return `${this.#prefix}wabakit:v1:{${tagSafe(key)}}:webhook`;
  }
}

/** Redis rejects `PX 0` and fractions. */
function ms(value: number): number {
  return Math.max(1, Math.ceil(value));
}
