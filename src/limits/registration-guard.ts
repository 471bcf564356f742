/**
 * Client-side guard for Meta's register/deregister quota: 10 calls of each action per number in a moving
 * 72-hour window; the 11th answers 133016 and blocks that action for 72 hours (contract §3.4, §7.2;
 * reliability.md G5). Refusing locally costs nothing; an 11th call at Meta costs three days.
 */

import { RegistrationQuotaError, type RegistrationAction } from '../errors/guard-errors.js';
import { MemoryGuardStore, type GuardStore, type ReserveResult } from './guard-store.js';
import { asStoreError, checkPolicy, type StoreErrorPolicy } from './store-policy.js';

/** 72 hours in milliseconds: Meta's moving window and its block after 133016 (contract §3.4). */
export const REGISTRATION_WINDOW_MS = 72 * 60 * 60 * 1000;

/** Meta's allowance per number, per action, per window (contract §3.4). */
export const REGISTRATION_LIMIT = 10;

/** Options of {@link RegistrationGuard}; every field has Meta's documented value as its default. */
export interface RegistrationGuardOptions {
  /**
   * Where attempts and locks are kept. Use a shared store when several processes or serverless instances
   * (de)register the same numbers.
   * @default new MemoryGuardStore()
   */
  readonly store?: GuardStore | undefined;
  /**
   * Calls of one action allowed per number inside `windowMs`.
   * @default 10
   */
  readonly limit?: number | undefined;
  /**
   * Length of the moving window, in ms.
   * @default 259_200_000 (72 h)
   */
  readonly windowMs?: number | undefined;
  /**
   * How long an action stays locked after Meta answered 133016, in ms.
   * @default 259_200_000 (72 h)
   */
  readonly lockMs?: number | undefined;
  /**
   * What to do when `store` times out or fails: `'fail-closed'` refuses the call with
   * `GuardStoreUnavailableError` (nothing is sent: an attempt is never burnt blind), `'fail-open'` sends it
   * uncounted (Meta's 133016 is the backstop), `'local-fallback'` counts it in this instance's memory only.
   * @default 'fail-closed'
   */
  readonly onStoreError?: StoreErrorPolicy | undefined;
  /**
   * Clock, epoch ms. Inject one in tests.
   * @default Date.now
   */
  readonly now?: (() => number) | undefined;
  /**
   * Attempt ids, one per {@link RegistrationGuard.acquire}; a store counts a repeated reserve with the same id once.
   * @default crypto.randomUUID
   */
  readonly attemptId?: (() => string) | undefined;
}

/**
 * Counts register and deregister calls per phone number and refuses, before any request is sent, the call
 * Meta would refuse with 133016.
 *
 * register and deregister are counted separately, per number. Every allowed call is counted — even one that then
 * fails at Meta, because Meta counts every attempt (domain.md "Every attempt counts"). A refused call records
 * nothing. After a real 133016 call {@link RegistrationGuard.lockAfterMetaRefusal}: Meta's own count may include
 * calls this guard never saw (another process, the WhatsApp Manager UI).
 *
 * Disabling the guard is the caller's business (`registrationGuard: { enabled: false }` in the client options).
 *
 * @example
 * const guard = new RegistrationGuard();
 * await guard.acquire('106540352242922', 'register'); // throws RegistrationQuotaError on the 11th in 72 h
 * try {
 *   await sendRegister();
 * } catch (error) {
 *   if (isRegistrationRateLimitError(error)) await guard.lockAfterMetaRefusal('106540352242922', 'register');
 *   throw error;
 * }
 */
export class RegistrationGuard {
  readonly #store: GuardStore;
  readonly #now: () => number;
  readonly #attemptId: () => string;
  /**
   * This instance's own copy of Meta's locks: a 133016 seen here refuses the next call here even when the shared
   * store is down. Also the store of `local-fallback`.
   */
  readonly #local = new MemoryGuardStore();
  // Declared and set by the constructor, in this order (no class-field code in every bundle with a guard; issue #12).
  /** Calls allowed per number and action inside {@link RegistrationGuard.windowMs}. */
  declare readonly limit: number;
  /** Length of the moving window, ms. */
  declare readonly windowMs: number;
  /** Lock length after a 133016, ms. */
  declare readonly lockMs: number;
  /** What to do when the shared store fails. */
  declare readonly onStoreError: StoreErrorPolicy;

  /**
   * Creates a guard; nothing is read or written until the first call.
   *
   * @throws {RangeError} when `limit` is not a positive integer, or `windowMs`/`lockMs` are not positive finite
   *   numbers.
   */
  constructor(options: RegistrationGuardOptions = {}) {
    this.limit = options.limit ?? REGISTRATION_LIMIT;
    this.windowMs = options.windowMs ?? REGISTRATION_WINDOW_MS;
    this.lockMs = options.lockMs ?? REGISTRATION_WINDOW_MS;
    if (!Number.isSafeInteger(this.limit) || this.limit < 1) {
      throw new RangeError(`registration guard limit must be a positive integer, got ${String(this.limit)}`);
    }
    for (const [name, value] of [['windowMs', this.windowMs], ['lockMs', this.lockMs]] as const) {
      if (!Number.isFinite(value) || value <= 0) {
        throw new RangeError(`registration guard ${name} must be a positive number of ms, got ${String(value)}`);
      }
    }
    this.onStoreError = checkPolicy('registration guard onStoreError', options.onStoreError, 'fail-closed');
    this.#store = options.store ?? this.#local;
    this.#now = options.now ?? Date.now;
    this.#attemptId = options.attemptId ?? (() => globalThis.crypto.randomUUID());
  }

  /**
   * Counts one `action` for the number, or refuses it if Meta would. Call it right before sending the request.
   *
   * Side effect: when it resolves, the attempt is recorded (it counts even if the request then fails).
   * When it throws, nothing is recorded and no request must be sent.
   *
   * @throws {RegistrationQuotaError} `reason: 'locked-by-meta'` while a lock from
   *   {@link RegistrationGuard.lockAfterMetaRefusal} is in force; `reason: 'window-full'` when `limit` calls of
   *   this action already fall inside the window. `retryAt` says when the call would be allowed.
   * @throws {GuardStoreUnavailableError} when the shared store timed out or failed and `onStoreError` is
   *   `'fail-closed'` (the default); nothing must be sent.
   * @example
   * await guard.acquire('106540352242922', 'deregister');
   */
  async acquire(phoneNumberId: string, action: RegistrationAction): Promise<void> {
    const nowMs = this.#now();
    const keys = { window: windowKey(phoneNumberId, action), lock: lockKey(phoneNumberId, action) };
    const attemptId = this.#attemptId();
    const localLock = this.#store === this.#local ? undefined : await this.#local.lockedUntil(keys.lock, nowMs);
    if (localLock !== undefined) {
      // Another instance may have locked for longer: report the later end (a failed read keeps the local one).
      const shared = await this.#store.lockedUntil(keys.lock, nowMs).catch(() => undefined);
      throw this.#refusal(phoneNumberId, action, 'locked-by-meta', Math.max(localLock, shared ?? localLock));
    }
    let result: ReserveResult;
    try {
      result = await reserve(this.#store, keys, nowMs, this.windowMs, this.limit, attemptId);
    } catch (error) {
      const failure = asStoreError(error, 'registration', 'reserve');
      if (this.onStoreError === 'fail-open') return;
      if (this.onStoreError === 'fail-closed') throw failure;
      result = await reserve(this.#local, keys, nowMs, this.windowMs, this.limit, attemptId);
    }
    if (!result.allowed) {
      const reason = result.locked === true ? 'locked-by-meta' : 'window-full';
      throw this.#refusal(phoneNumberId, action, reason, result.retryAtMs);
    }
  }

  /**
   * Locks `action` for the number for `lockMs` from now, because Meta answered 133016 (its own 72-hour block).
   *
   * Side effect: every {@link RegistrationGuard.acquire} of that number and action throws
   * `RegistrationQuotaError{ reason: 'locked-by-meta' }` until the lock ends. A later lock never shortens an
   * earlier, longer one.
   *
   * @example
   * if (error.code === 133016) await guard.lockAfterMetaRefusal('106540352242922', 'register');
   */
  async lockAfterMetaRefusal(phoneNumberId: string, action: RegistrationAction): Promise<void> {
    const key = lockKey(phoneNumberId, action);
    const untilMs = this.#now() + this.lockMs;
    await this.#local.lock(key, untilMs);
    if (this.#store === this.#local) return;
    // Never rejects: the pipeline calls it without awaiting, while it throws Meta's 133016 to the caller. A lock
    // the shared store missed still refuses here (the local copy above) and Meta refuses everywhere else.
    await this.#store.lock(key, untilMs, { durationMs: this.lockMs }).catch(() => undefined);
  }

  #refusal(
    phoneNumberId: string,
    action: RegistrationAction,
    reason: 'window-full' | 'locked-by-meta',
    retryAtMs: number,
  ): RegistrationQuotaError {
    return new RegistrationQuotaError({
      phoneNumberId,
      action,
      reason,
      retryAt: new Date(clampToDate(retryAtMs)),
      limit: this.limit,
      windowMs: this.windowMs,
    });
  }
}

/** Largest epoch ms a `Date` can hold; a custom store returning garbage must not make the error unprintable. */
const MAX_DATE_MS = 8.64e15;

function clampToDate(ms: number): number {
  return Number.isFinite(ms) ? Math.min(Math.max(ms, -MAX_DATE_MS), MAX_DATE_MS) : MAX_DATE_MS;
}

/**
 * Checks the lock and reserves: in one atomic step when the store can (`atomicLockCheck`), else lock first so a
 * locked action records nothing. In the two-step case the only race is with a concurrent 133016, whose lock then
 * applies to the next call — the reserve itself stays atomic, so the window can never exceed `limit`.
 */
async function reserve(
  store: GuardStore,
  keys: { readonly window: string; readonly lock: string },
  nowMs: number,
  windowMs: number,
  limit: number,
  attemptId: string,
): Promise<ReserveResult> {
  if (store.atomicLockCheck === true) return store.reserve(keys.window, nowMs, windowMs, limit, { attemptId, lockKey: keys.lock });
  const lockedUntil = await store.lockedUntil(keys.lock, nowMs);
  if (lockedUntil !== undefined) return { allowed: false, retryAtMs: lockedUntil, locked: true };
  return store.reserve(keys.window, nowMs, windowMs, limit, { attemptId });
}

// One hash tag per number (`{…}`): a Redis Cluster keeps both keys of a number on one slot, so one script may
// touch them together (no CROSSSLOT). Graph ids are digits, so they cannot contain `{`, `}` or `:`.
// Keys do not include the app: Meta counts per number, whichever app calls, so a shared store may be shared too.
function windowKey(phoneNumberId: string, action: RegistrationAction): string {
  return `wabakit:v1:{${phoneNumberId}}:reg:${action}`;
}

function lockKey(phoneNumberId: string, action: RegistrationAction): string {
  return `wabakit:v1:{${phoneNumberId}}:lock:${action}`;
}
