/**
 * Cross-realm type guards, one per error class. They check a brand and the `name` chain, not `instanceof`,
 * so they work with two copies of wabakit, worker threads and `vm` contexts; a subclass passes its parents' guards.
 */

import type { APIError, AuthenticationError, PermissionError, PolicyBlockError, InvalidRequestError, NotFoundError, RateLimitError, RegistrationRateLimitError, ServerError, PinMismatchError, PinLockoutError, VerificationRequiredError, NotRegisteredError, RegistrationStateError, AccountLockedError, IdentityMismatchError, MigrationError, BlockUsersError } from './api-error.js';
import type { ConnectionError, TimeoutError, AbortError, OutcomeUnknownError } from './transport-errors.js';
import type { ValidationError } from './validation-error.js';
import type { RegistrationQuotaError, UsageCooldownError } from './guard-errors.js';
import type { GuardStoreUnavailableError } from './store-errors.js';
import { isErrorKind } from './whatsapp-error.js';

export { isWhatsAppError } from './whatsapp-error.js';


/**
 * True when Graph answered with an error (any code).
 *
 * @example
 * if (isAPIError(error)) console.error(error.message);
 */
export function isAPIError(value: unknown): value is APIError {
  return isErrorKind(value, 'APIError');
}

/**
 * True when the token is invalid or expired (codes 0, 102, 190).
 *
 * @example
 * if (isAuthenticationError(error)) console.error(error.message);
 */
export function isAuthenticationError(value: unknown): value is AuthenticationError {
  return isErrorKind(value, 'AuthenticationError');
}

/**
 * True when the token lacks a permission (codes 3, 10, 200–299, 368).
 *
 * @example
 * if (isPermissionError(error)) console.error(error.message);
 */
export function isPermissionError(value: unknown): value is PermissionError {
  return isErrorKind(value, 'PermissionError');
}

/**
 * True when the WABA is blocked for policy violations (code 368).
 *
 * @example
 * if (isPolicyBlockError(error)) console.error(error.message);
 */
export function isPolicyBlockError(value: unknown): value is PolicyBlockError {
  return isErrorKind(value, 'PolicyBlockError');
}

/**
 * True when Graph rejected a parameter (code 100 and kin).
 *
 * @example
 * if (isInvalidRequestError(error)) console.error(error.message);
 */
export function isInvalidRequestError(value: unknown): value is InvalidRequestError {
  return isErrorKind(value, 'InvalidRequestError');
}

/**
 * True when Graph answered HTTP 404.
 *
 * @example
 * if (isNotFoundError(error)) console.error(error.message);
 */
export function isNotFoundError(value: unknown): value is NotFoundError {
  return isErrorKind(value, 'NotFoundError');
}

/**
 * True when a Graph throttle was hit (including 133016).
 *
 * @example
 * if (isRateLimitError(error)) console.error(error.message);
 */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return isErrorKind(value, 'RateLimitError');
}

/**
 * True when Meta refused a register/deregister with 133016.
 *
 * @example
 * if (isRegistrationRateLimitError(error)) console.error(error.message);
 */
export function isRegistrationRateLimitError(value: unknown): value is RegistrationRateLimitError {
  return isErrorKind(value, 'RegistrationRateLimitError');
}

/**
 * True when Meta failed or is in maintenance (codes 1, 2, 131000, 133004…, HTTP ≥ 500).
 *
 * @example
 * if (isServerError(error)) console.error(error.message);
 */
export function isServerError(value: unknown): value is ServerError {
  return isErrorKind(value, 'ServerError');
}

/**
 * True when the two-step PIN did not match (133005).
 *
 * @example
 * if (isPinMismatchError(error)) console.error(error.message);
 */
export function isPinMismatchError(value: unknown): value is PinMismatchError {
  return isErrorKind(value, 'PinMismatchError');
}

/**
 * True when too many or too fast PIN guesses (133008, 133009).
 *
 * @example
 * if (isPinLockoutError(error)) console.error(error.message);
 */
export function isPinLockoutError(value: unknown): value is PinLockoutError {
  return isErrorKind(value, 'PinLockoutError');
}

/**
 * True when the number must be verified again (133006).
 *
 * @example
 * if (isVerificationRequiredError(error)) console.error(error.message);
 */
export function isVerificationRequiredError(value: unknown): value is VerificationRequiredError {
  return isErrorKind(value, 'VerificationRequiredError');
}

/**
 * True when the number is not registered (133010).
 *
 * @example
 * if (isNotRegisteredError(error)) console.error(error.message);
 */
export function isNotRegisteredError(value: unknown): value is NotRegisteredError {
  return isErrorKind(value, 'NotRegisteredError');
}

/**
 * True when a previous (de)registration left the number in a state to fix first (133000, 133015).
 *
 * @example
 * if (isRegistrationStateError(error)) console.error(error.message);
 */
export function isRegistrationStateError(value: unknown): value is RegistrationStateError {
  return isErrorKind(value, 'RegistrationStateError');
}

/**
 * True when the account is locked (131031).
 *
 * @example
 * if (isAccountLockedError(error)) console.error(error.message);
 */
export function isAccountLockedError(value: unknown): value is AccountLockedError {
  return isErrorKind(value, 'AccountLockedError');
}

/**
 * True when the customer's identity key changed (137000).
 *
 * @example
 * if (isIdentityMismatchError(error)) console.error(error.message);
 */
export function isIdentityMismatchError(value: unknown): value is IdentityMismatchError {
  return isErrorKind(value, 'IdentityMismatchError');
}

/**
 * True when a migration step failed (2388xxx).
 *
 * @example
 * if (isMigrationError(error)) console.error(error.message);
 */
export function isMigrationError(value: unknown): value is MigrationError {
  return isErrorKind(value, 'MigrationError');
}

/**
 * True when blocking or unblocking users failed (139100–139103).
 *
 * @example
 * if (isBlockUsersError(error)) console.error(error.message);
 */
export function isBlockUsersError(value: unknown): value is BlockUsersError {
  return isErrorKind(value, 'BlockUsersError');
}

/**
 * True when no response arrived (including timeouts).
 *
 * @example
 * if (isConnectionError(error)) console.error(error.message);
 */
export function isConnectionError(value: unknown): value is ConnectionError {
  return isErrorKind(value, 'ConnectionError');
}

/**
 * True when no response arrived in time.
 *
 * @example
 * if (isTimeoutError(error)) console.error(error.message);
 */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return isErrorKind(value, 'TimeoutError');
}

/**
 * True when the caller's AbortSignal stopped the call.
 *
 * @example
 * if (isAbortError(error)) console.error(error.message);
 */
export function isAbortError(value: unknown): value is AbortError {
  return isErrorKind(value, 'AbortError');
}

/**
 * True when a call with side effects may or may not have been applied.
 *
 * @example
 * if (isOutcomeUnknownError(error)) console.error(error.message);
 */
export function isOutcomeUnknownError(value: unknown): value is OutcomeUnknownError {
  return isErrorKind(value, 'OutcomeUnknownError');
}

/**
 * True when input (before sending) or Meta's answer failed a schema.
 *
 * @example
 * if (isValidationError(error)) console.error(error.message);
 */
export function isValidationError(value: unknown): value is ValidationError {
  return isErrorKind(value, 'ValidationError');
}

/**
 * True when the local registration guard refused a call (nothing sent).
 *
 * @example
 * if (isRegistrationQuotaError(error)) console.error(error.message);
 */
export function isRegistrationQuotaError(value: unknown): value is RegistrationQuotaError {
  return isErrorKind(value, 'RegistrationQuotaError');
}

/**
 * True when a throttled scope is cooling down (nothing sent).
 *
 * @example
 * if (isUsageCooldownError(error)) console.error(error.message);
 */
export function isUsageCooldownError(value: unknown): value is UsageCooldownError {
  return isErrorKind(value, 'UsageCooldownError');
}

/**
 * True when a shared guard store (Redis, Valkey, Upstash…) timed out or failed under a `fail-closed` policy; no
 * request was sent.
 *
 * @example
 * if (isGuardStoreUnavailableError(error)) console.error(error.store, error.failure);
 */
export function isGuardStoreUnavailableError(value: unknown): value is GuardStoreUnavailableError {
  return isErrorKind(value, 'GuardStoreUnavailableError');
}
