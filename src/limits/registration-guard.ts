/**
 * Client-side guard for Meta's register/deregister quota: 10 calls of each action per number in a moving
 * 72-hour window; the 11th answers 133016 and blocks that action for 72 hours (contract §3.4, §7.2;
 * reliability.md G5). Refusing locally costs nothing; an 11th call at Meta costs three days.
 */

import { RegistrationQuotaError, type RegistrationAction } from '../errors/guard-errors.js';
import { MemoryGuardStore, type GuardStore } from './guard-store.js';

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
   * Clock, epoch ms. Inject one in tests.
   * @default Date.now
   */
  readonly now?: (() => number) | undefined;
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
  /** Calls allowed per number and action inside {@link RegistrationGuard.windowMs}. */
  readonly limit: number;
  /** Length of the moving window, ms. */
  readonly windowMs: number;
  /** Lock length after a 133016, ms. */
  readonly lockMs: number;

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
    this.#store = options.store ?? new MemoryGuardStore();
    this.#now = options.now ?? Date.now;
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
   * @example
   * await guard.acquire('106540352242922', 'deregister');
   */
  async acquire(phoneNumberId: string, action: RegistrationAction): Promise<void> {
    const nowMs = this.#now();
    // Check the lock first so a locked action records nothing. The lock and the window are separate keys, so
    // check-then-reserve is not atomic; the only race is with a concurrent 133016, whose lock then applies
    // to the next call — the reserve itself stays atomic, so the window can never exceed `limit`.
    const lockedUntil = await this.#store.lockedUntil(lockKey(phoneNumberId, action), nowMs);
    if (lockedUntil !== undefined) {
      throw this.#refusal(phoneNumberId, action, 'locked-by-meta', lockedUntil);
    }
    const result = await this.#store.reserve(windowKey(phoneNumberId, action), nowMs, this.windowMs, this.limit);
    if (!result.allowed) throw this.#refusal(phoneNumberId, action, 'window-full', result.retryAtMs);
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
    await this.#store.lock(lockKey(phoneNumberId, action), this.#now() + this.lockMs);
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

// The action comes first: it never contains ':', so no phone number id can make two keys collide.
// Keys do not include the app: Meta counts per number, whichever app calls, so a shared store may be shared too.
function windowKey(phoneNumberId: string, action: RegistrationAction): string {
  return `wabakit:registration:${action}:${phoneNumberId}`;
}

function lockKey(phoneNumberId: string, action: RegistrationAction): string {
  return `wabakit:registration-lock:${action}:${phoneNumberId}`;
}
