/** The usage guard's refusal (`limits/usage-guard.ts`), apart from `guard-errors.ts` so a handler that only registers does not bundle it. */

import type { RateLimitScope } from './api-error.js';
import { nameError, WhatsAppError } from './whatsapp-error.js';

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
  declare readonly scopeKey: string;
  declare readonly scope: RateLimitScope;
  declare readonly retryAt: Date;

  constructor(init: UsageCooldownErrorInit) {
    super(`Usage limit reached for ${init.scopeKey}; calls resume at ${init.retryAt.toISOString()}; no request was sent`);
    this.scopeKey = init.scopeKey;
    this.scope = init.scope;
    this.retryAt = init.retryAt;
  }
}
nameError(UsageCooldownError, 'UsageCooldownError');
