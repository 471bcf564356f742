import { nameError, WhatsAppError } from './whatsapp-error.js';

/** Which shared store failed. */
export type GuardStoreKind = 'registration' | 'cooldown' | 'webhook-dedupe' | 'identity';

/** Why a shared store call failed: no answer within the adapter's timeout, or an error from the client/server. */
export type GuardStoreFailure = 'timeout' | 'error';

/** What a {@link GuardStoreUnavailableError} carries. */
export interface GuardStoreUnavailableErrorInit {
  readonly store: GuardStoreKind;
  /** The store operation, e.g. `reserve`, `lock`, `claim`. */
  readonly operation: string;
  readonly failure: GuardStoreFailure;
  /** How long the adapter waited before giving up, ms (timeouts only). */
  readonly timeoutMs?: number | undefined;
  /** The client's error, if any; never includes the connection URL or password (wabakit never sees them). */
  readonly cause?: unknown;
}

/**
 * A shared store (Redis, Valkey, Upstash…) did not answer in time or failed, and the guard's `onStoreError`
 * policy is `fail-closed` — **no request was sent** to Meta. Retry later, or choose another policy.
 *
 * A timed-out reserve may still have been counted by the server: it is treated as spent.
 *
 * @example
 * if (isGuardStoreUnavailableError(error)) return jobs.retryIn(error, 30_000); // nothing reached Meta
 */
export class GuardStoreUnavailableError extends WhatsAppError {
  declare readonly name: 'GuardStoreUnavailableError';
  declare readonly store: GuardStoreKind;
  declare readonly operation: string;
  declare readonly failure: GuardStoreFailure;
  declare readonly timeoutMs: number | undefined;

  constructor(init: GuardStoreUnavailableErrorInit) {
    super(
      init.failure === 'timeout'
        ? `The ${init.store} store did not answer ${init.operation} within ${String(init.timeoutMs)} ms; no request was sent`
        : `The ${init.store} store failed on ${init.operation}; no request was sent`,
      { cause: init.cause },
    );
    this.store = init.store;
    this.operation = init.operation;
    this.failure = init.failure;
    this.timeoutMs = init.timeoutMs;
  }
}
nameError(GuardStoreUnavailableError, 'GuardStoreUnavailableError');
