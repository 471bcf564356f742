import { nameError, WhatsAppError } from './whatsapp-error.js';

// `UsageCooldownError` lives in its own module (issue #12): a handler that registers needs this file's
// `RegistrationQuotaError`, and must not bundle the usage guard's error with it (a `nameError` call at module
// level keeps a class alive). Re-exported here so every import path stays valid.
export { UsageCooldownError, type UsageCooldownErrorInit } from './usage-cooldown-error.js';

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
  declare readonly phoneNumberId: string;
  declare readonly action: RegistrationAction;
  declare readonly reason: RegistrationQuotaReason;
  declare readonly retryAt: Date;
  declare readonly limit: number;
  declare readonly windowMs: number;

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


function formatHours(ms: number): string {
  const hours = ms / 3_600_000;
  return Number.isInteger(hours) ? `${hours} h` : `${Math.round(ms / 1000)} s`;
}
