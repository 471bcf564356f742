import { nameError, WhatsAppError, type WhatsAppErrorOptions } from './whatsapp-error.js';

/** Where a failed call was going; secret-free. */
export interface RequestTarget {
  /** Request method, upper case. */
  readonly method: string;
  /** Redacted request path, e.g. `/v23.0/106540352242922/register`. */
  readonly path: string;
}

/** What a transport error is built from. */
export interface TransportErrorOptions extends WhatsAppErrorOptions, RequestTarget {
  readonly attempts?: number | undefined;
}

/**
 * No HTTP response arrived: DNS failure, refused or reset connection. Safe operations were already retried.
 *
 * @example
 * if (isConnectionError(error)) scheduleLater();
 */
export class ConnectionError extends WhatsAppError {
  declare readonly name: 'ConnectionError' | 'TimeoutError';
  declare readonly method: string;
  declare readonly path: string;
  declare attempts: number | undefined;

  constructor(message: string, options: TransportErrorOptions) {
    super(message, options);
    this.method = options.method;
    this.path = options.path;
    this.attempts = options.attempts;
  }
}
nameError(ConnectionError, 'ConnectionError');

/** No response within the per-attempt `timeout` or the total `deadline`. */
export class TimeoutError extends ConnectionError {
  declare readonly name: 'TimeoutError';
}
nameError(TimeoutError, 'TimeoutError');

/** The caller's `AbortSignal` fired; nothing more is sent. */
export class AbortError extends WhatsAppError {
  declare readonly name: 'AbortError';
  declare readonly method: string;
  declare readonly path: string;

  constructor(message: string, options: TransportErrorOptions) {
    super(message, options);
    this.method = options.method;
    this.path = options.path;
  }
}
nameError(AbortError, 'AbortError');

/**
 * A call with side effects (register, request a code, add a number…) may or may not have been applied:
 * the request left, but the connection broke or timed out before an answer arrived.
 *
 * wabakit never re-sends such a call by itself — that could burn a registration attempt or send a second SMS.
 * Read the state to reconcile (`reconcileHint` says how), then decide.
 *
 * @example
 * catch (error) {
 *   if (isOutcomeUnknownError(error)) {
 *     const { status } = await phone.retrieve({ fields: ['status'] });
 *     if (status !== 'CONNECTED') // register again, knowingly
 *   }
 * }
 */
export class OutcomeUnknownError extends WhatsAppError {
  declare readonly name: 'OutcomeUnknownError';
  declare readonly method: string;
  declare readonly path: string;
  /** How to find out whether the call took effect. */
  declare readonly reconcileHint: string;

  constructor(message: string, options: TransportErrorOptions & { readonly reconcileHint: string }) {
    super(`${message} ${options.reconcileHint}`, options);
    this.method = options.method;
    this.path = options.path;
    this.reconcileHint = options.reconcileHint;
  }
}
nameError(OutcomeUnknownError, 'OutcomeUnknownError');
