import type { RateLimitScope } from './api-error.js';
import { nameError, WhatsAppError } from './whatsapp-error.js';

/** A registration action counted by the registration guard. */
export type RegistrationAction = 'register' | 'deregister';

/** Why the registration guard refused a call. */
export type RegistrationQuotaReason =
  /** 10 calls of this action already in the moving window. */
  | 'window-full'
  /** Meta answered 133016 for this number and action; it is locked for 72 h. */
  | 'locked-by-meta';

/** What a {@link RegistrationQuotaError} carries. */
export interface RegistrationQuotaErrorInit {
  readonly phoneNumberId: string;
  readonly action: RegistrationAction;
  readonly reason: RegistrationQuotaReason;
  readonly retryAt: Date;
  readonly limit: number;
  readonly windowMs: number;
}

/**
 * The registration guard refused a register/deregister locally — **no request was sent**, no attempt was spent.
 *
 * Meta allows 10 registrations and 10 deregistrations per number in a moving 72-hour window and blocks the
 * action for 72 hours on the 11th (error 133016). `retryAt` says when the oldest counted call leaves the window.
 *
 * @example
 * if (isRegistrationQuotaError(error)) await jobs.retryAt(error.retryAt); // nothing was sent
 */
export class RegistrationQuotaError extends WhatsAppError {
  declare readonly name: 'RegistrationQuotaError';
  readonly phoneNumberId: string;
  readonly action: RegistrationAction;
  readonly reason: RegistrationQuotaReason;
  readonly retryAt: Date;
  readonly limit: number;
  readonly windowMs: number;

  constructor(init: RegistrationQuotaErrorInit) {
    super(
      init.reason === 'locked-by-meta'
        ? `${init.action} is locked for phone number ${init.phoneNumberId} after Meta's 133016 until ${init.retryAt.toISOString()}; no request was sent`
        : `${init.action} limit reached for phone number ${init.phoneNumberId} (${init.limit} per ${formatHours(init.windowMs)}) until ${init.retryAt.toISOString()}; no request was sent`,
    );
    this.phoneNumberId = init.phoneNumberId;
    this.action = init.action;
    this.reason = init.reason;
    this.retryAt = init.retryAt;
    this.limit = init.limit;
    this.windowMs = init.windowMs;
  }
}
nameError(RegistrationQuotaError, 'RegistrationQuotaError');

/** What a {@link UsageCooldownError} carries. */
export interface UsageCooldownErrorInit {
  /** The throttled scope key, e.g. `app`, `buc:102290129340398`. */
  readonly scopeKey: string;
  readonly scope: RateLimitScope;
  readonly retryAt: Date;
}

/**
 * A throttle scope (the app, or a WABA's business-use-case budget) is cooling down and the wait is longer than
 * `usageGuard.maxWaitMs` — **no request was sent**. Calling while throttled extends Meta's block.
 *
 * @example
 * if (isUsageCooldownError(error)) return retryQueue.add(job, { at: error.retryAt });
 */
export class UsageCooldownError extends WhatsAppError {
  declare readonly name: 'UsageCooldownError';
  readonly scopeKey: string;
  readonly scope: RateLimitScope;
  readonly retryAt: Date;

  constructor(init: UsageCooldownErrorInit) {
    super(`Usage limit reached for ${init.scopeKey}; calls resume at ${init.retryAt.toISOString()}; no request was sent`);
    this.scopeKey = init.scopeKey;
    this.scope = init.scope;
    this.retryAt = init.retryAt;
  }
}
nameError(UsageCooldownError, 'UsageCooldownError');

function formatHours(ms: number): string {
  const hours = ms / 3_600_000;
  return Number.isInteger(hours) ? `${hours} h` : `${Math.round(ms / 1000)} s`;
}
