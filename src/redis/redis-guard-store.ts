import { GuardStoreUnavailableError } from '../errors/store-errors.js';
import type { GuardStore, LockOptions, ReserveOptions, ReserveResult } from '../limits/guard-store.js';
import type { StoreClock } from './clock.js';
import { runScript, type ScriptRunner } from './run-script.js';
import { SCRIPTS } from './scripts.js';

/**
 * The registration guard's windows and locks in Redis: one sorted set per number and action, one script that
 * checks the 72 h lock and reserves atomically on the server's clock. Keys come from the guard
 * (`wabakit:v1:{<phoneNumberId>}:reg:<action>`, one hash tag per number) behind the store's prefix.
 * @internal
 */
export class RedisGuardStore implements GuardStore {
  readonly atomicLockCheck = true;
  readonly #runner: ScriptRunner;
  readonly #clock: StoreClock;
  readonly #prefix: string;

  constructor(runner: ScriptRunner, clock: StoreClock, prefix: string) {
    this.#runner = runner;
    this.#clock = clock;
    this.#prefix = prefix;
  }

  /**
   * Reserves in one script. A timed-out reserve is ambiguous (the server may have counted it): it is sent once
   * more with the same attempt id, which the script counts once — then, if that also fails, the error stands
   * and the guard treats the attempt as spent.
   */
  async reserve(key: string, _nowMs: number, windowMs: number, limit: number, options: ReserveOptions = {}): Promise<ReserveResult> {
    const attemptId = options.attemptId ?? globalThis.crypto.randomUUID();
    const keys = [this.#prefix + key, this.#prefix + (options.lockKey ?? `${key}:no-lock`)];
    const send = (): Promise<unknown> =>
      runScript(this.#runner, 'registration', SCRIPTS.reserve, keys, [
        this.#clock.nowArg(),
        String(Math.ceil(windowMs)),
        String(limit),
        attemptId,
        String(this.#clock.skewMs),
      ]);
    let reply: unknown;
    try {
      reply = await send();
    } catch (error) {
      if (!(error instanceof GuardStoreUnavailableError && error.failure === 'timeout')) throw error;
      reply = await send();
    }
    const [allowed, retryAtMs, flag] = triple(reply);
    if (allowed === 1) return flag === 1 ? { allowed: true, duplicate: true } : { allowed: true };
    return flag === 2 ? { allowed: false, retryAtMs, locked: true } : { allowed: false, retryAtMs };
  }

  async lock(key: string, untilMs: number, options: LockOptions = {}): Promise<void> {
    // The duration, not `untilMs`: the script adds it to the store's clock.
    const durationMs = Math.max(1, Math.ceil(options.durationMs ?? untilMs - Date.now()));
    await runScript(this.#runner, 'registration', SCRIPTS.lock, [this.#prefix + key], [
      this.#clock.nowArg(),
      String(durationMs),
      String(this.#clock.skewMs),
    ]);
  }

  async lockedUntil(key: string, _nowMs: number): Promise<number | undefined> {
    const reply = Number(await runScript(this.#runner, 'registration', SCRIPTS.lockedUntil, [this.#prefix + key], [this.#clock.nowArg()]));
    return reply > 0 ? reply : undefined;
  }
}

/**
 * The reserve script's `{allowed, retryAtMs, flag}` as numbers (RESP integers; REST clients may hand back numbers
 * or numeric strings).
 * @throws {GuardStoreUnavailableError} when the reply is not such an array (a client called with the wrong shape).
 */
function triple(reply: unknown): [number, number, number] {
  if (!Array.isArray(reply) || reply.length < 3) {
    throw new GuardStoreUnavailableError({
      store: 'registration',
      operation: 'reserve',
      failure: 'error',
      cause: new TypeError(`unexpected script reply ${JSON.stringify(reply)}`),
    });
  }
  return [Number(reply[0]), Number(reply[1]), Number(reply[2])];
}
