import { nameError, WhatsAppError } from './whatsapp-error.js';

/**
 * What Meta's documentation advises after an error (contract §7 "retry" column):
 * - `transient`: retry with backoff (`T`);
 * - `after-window`: retry only after the stated window — `retryAt`, `details`, 72 h… (`W`);
 * - `fix-request`: do not retry; the request or configuration is wrong (`N`);
 * - `user-action`: a person must act — new token, permission, PIN reset, billing (`U`);
 * - `do-not-resend`: do not send to that recipient again until resolved (`N*`).
 */
export type RetryAdvice = 'transient' | 'after-window' | 'fix-request' | 'user-action' | 'do-not-resend';

/** Where a Graph error was seen: in an HTTP response, or in a webhook (status `errors[]`, `value.errors`). */
export type ErrorSource = 'response' | 'webhook';

/** Which backend answered: Meta's Graph API, or Alibaba Cloud CAMS (Chat App Message Service). */
export type ErrorProvider = 'graph' | 'cams';

/**
 * What an error from CAMS carries beyond the shared fields (alibaba-cams.md §3.1, §6 "Errors"). `code` here is the
 * CAMS string code; the error's own numeric `code` is the Meta code when CAMS reported one (`metaCode`), so code-keyed
 * handling (133016, 133005…) is the same on both providers.
 */
export interface CamsErrorDetails {
  /** CAMS `Code`, e.g. `SignatureDoesNotMatch`, `Throttling.User`, `ERR-FB-001`; absent when the body had none. */
  readonly code: string | undefined;
  /** HTTP status of the answer: 200 for a business error, 4xx/5xx for a gateway error. */
  readonly httpStatus: number;
  /** `RequestId` (or the `x-acs-request-id` header): quote it to Alibaba support. */
  readonly requestId: string | undefined;
  /** `HostId` of a gateway error. */
  readonly hostId: string | undefined;
  /** `Recommend`: Alibaba's troubleshooting link. */
  readonly recommend: string | undefined;
  /** `AccessDeniedDetail`: why a RAM permission check failed. */
  readonly accessDeniedDetail: string | undefined;
  /** The CAMS operation (`x-acs-action`). */
  readonly action: string | undefined;
  /** The Meta (Graph) error code found in CAMS's message, if any (alibaba-cams.md §3.6). */
  readonly metaCode: number | undefined;
}

/** Everything an {@link APIError} carries. Built by the error mapper; users rarely construct one. */
export interface APIErrorInit {
  /** `(#<code>) <details or message>`; already free of secrets. */
  readonly message: string;
  readonly source: ErrorSource;
  readonly retryAdvice: RetryAdvice;
  /** HTTP status of the response; absent for webhook errors. */
  readonly status?: number | undefined;
  /** Graph error `code`; handling is keyed on it (contract §7.1). */
  readonly code?: number | undefined;
  /** `error_subcode` (deprecated for WhatsApp codes, still sent for auth and BUC errors). */
  readonly subcode?: number | undefined;
  /** `type`, e.g. `OAuthException`. */
  readonly type?: string | undefined;
  readonly fbtraceId?: string | undefined;
  /** Meta's `is_transient` hint. */
  readonly isTransient?: boolean | undefined;
  /** `error_data.details` — which parameter is wrong, how long to wait. */
  readonly details?: string | undefined;
  readonly userTitle?: string | undefined;
  readonly userMessage?: string | undefined;
  /** Webhook errors carry a `title` and a documentation `href`. */
  readonly title?: string | undefined;
  readonly href?: string | undefined;
  /** Request method, upper case. */
  readonly method?: string | undefined;
  /** Request path with ids kept and every secret removed, e.g. `/v23.0/106540352242922/register`. */
  readonly path?: string | undefined;
  /** When the call may be made again, if Meta said so or the code implies it (133016: 72 h). */
  readonly retryAt?: Date | undefined;
  /** Attempts made before giving up (1 when not retried). */
  readonly attempts?: number | undefined;
  /** Which backend answered. @default 'graph' */
  readonly provider?: ErrorProvider | undefined;
  /** CAMS-specific fields; set when `provider` is `'cams'`. */
  readonly cams?: CamsErrorDetails | undefined;
}

/**
 * Graph answered with an error (or a webhook reported one): the base of every mapped Graph error.
 *
 * Map on `code` (and `details`), never on `message` — Meta says titles will be deprecated. Subclasses narrow
 * by code family; unknown codes arrive as a plain `APIError` with `retryAdvice` from the HTTP status.
 *
 * @example
 * try {
 *   await phone.register({ pin: '123456' });
 * } catch (error) {
 *   if (isAPIError(error)) console.error(error.code, error.details, error.fbtraceId);
 * }
 */
export class APIError extends WhatsAppError {
  // The Embedded Signup subclass of InvalidRequestError lives with its resource; it maps from no Graph code by itself.
  declare readonly name: 'APIError' | APIErrorName | 'EmbeddedSignupCodeExpiredError';
  declare readonly source: ErrorSource;
  declare readonly retryAdvice: RetryAdvice;
  declare readonly status: number | undefined;
  declare readonly code: number | undefined;
  declare readonly subcode: number | undefined;
  declare readonly type: string | undefined;
  declare readonly fbtraceId: string | undefined;
  declare readonly isTransient: boolean | undefined;
  declare readonly details: string | undefined;
  declare readonly userTitle: string | undefined;
  declare readonly userMessage: string | undefined;
  declare readonly title: string | undefined;
  declare readonly href: string | undefined;
  declare readonly method: string | undefined;
  declare readonly path: string | undefined;
  declare readonly retryAt: Date | undefined;
  declare attempts: number | undefined;
  /** `'graph'` for Meta's Graph API, `'cams'` for Alibaba Cloud CAMS (then `cams` holds its code and request id). */
  declare readonly provider: ErrorProvider;
  declare readonly cams: CamsErrorDetails | undefined;

  constructor(init: APIErrorInit) {
    super(init.message);
    this.source = init.source;
    this.retryAdvice = init.retryAdvice;
    this.status = init.status;
    this.code = init.code;
    this.subcode = init.subcode;
    this.type = init.type;
    this.fbtraceId = init.fbtraceId;
    this.isTransient = init.isTransient;
    this.details = init.details;
    this.userTitle = init.userTitle;
    this.userMessage = init.userMessage;
    this.title = init.title;
    this.href = init.href;
    this.method = init.method;
    this.path = init.path;
    this.retryAt = init.retryAt;
    this.attempts = init.attempts;
    this.provider = init.provider ?? 'graph';
    this.cams = init.cams;
  }
}
nameError(APIError, 'APIError');

/**
 * Everything `error` was built from, to derive a more specific error from a mapped one (e.g. a
 * `BlockUsersError` carrying per-user failures) without losing a field.
 * @internal
 */
export function apiErrorInit(error: APIError): APIErrorInit {
  return {
    message: error.message,
    source: error.source,
    retryAdvice: error.retryAdvice,
    status: error.status,
    code: error.code,
    subcode: error.subcode,
    type: error.type,
    fbtraceId: error.fbtraceId,
    isTransient: error.isTransient,
    details: error.details,
    userTitle: error.userTitle,
    userMessage: error.userMessage,
    title: error.title,
    href: error.href,
    method: error.method,
    path: error.path,
    retryAt: error.retryAt,
    attempts: error.attempts,
    provider: error.provider,
    cams: error.cams,
  };
}

/**
 * Codes 0, 102, 190 (HTTP 401): the token is invalid, expired or its session ended. Get a new token; never retried.
 * On CAMS (`provider: 'cams'`): the signature or the credentials were refused (`cams.code`, e.g. `SignatureDoesNotMatch`,
 * `InvalidTimeStamp.Expired`, `InvalidAccessKeyId.NotFound`); the message says what to check.
 */
export class AuthenticationError extends APIError {
  declare readonly name: 'AuthenticationError';
}
nameError(AuthenticationError, 'AuthenticationError');

/** Codes 3, 10, 200–299 (HTTP 403): the token lacks a permission or asset access. */
export class PermissionError extends APIError {
  declare readonly name: 'PermissionError' | 'PolicyBlockError';
}
nameError(PermissionError, 'PermissionError');

/** Code 368: the WABA is temporarily blocked for policy violations. */
export class PolicyBlockError extends PermissionError {
  declare readonly name: 'PolicyBlockError';
}
nameError(PolicyBlockError, 'PolicyBlockError');

/** Codes 100, 33, 131008, 131009 and other "fix the request" codes (HTTP 400): a parameter is invalid or missing. */
export class InvalidRequestError extends APIError {
  declare readonly name: 'InvalidRequestError' | 'EmbeddedSignupCodeExpiredError';
}
nameError(InvalidRequestError, 'InvalidRequestError');

/** HTTP 404 without a more specific Graph code. */
export class NotFoundError extends APIError {
  declare readonly name: 'NotFoundError';
}
nameError(NotFoundError, 'NotFoundError');

/** What a throttle applies to (contract §6). */
export type RateLimitScope =
  | 'app'
  | 'user'
  | 'page'
  | 'custom'
  | 'waba'
  | 'business-use-case'
  | 'throughput'
  | 'pair'
  | 'spam'
  | 'registration'
  /** CAMS: one operation's per-user QPS (`Throttling.Api`, `System.LimitControl`; alibaba-cams.md §3.5). */
  | 'operation'
  /** CAMS: the Alibaba account's flow control across operations (`Throttling.User`). */
  | 'account'
  | 'unknown';

/** Everything a {@link RateLimitError} carries beyond an {@link APIError}. */
export interface RateLimitErrorInit extends APIErrorInit {
  readonly scope: RateLimitScope;
}

/**
 * Codes 4, 17, 32, 341, 613, 80007, 80008, 130429, 131048, 131056, 131064 (and HTTP 429): a throttle was hit.
 *
 * `scope` says which budget ran out; `retryAt` is set when Meta gave a window (`Retry-After`,
 * `estimated_time_to_regain_access`). On CAMS: `Throttling*` and `System.LimitControl` (scope `operation` or
 * `account`; `retryAt` from `x-acs-retry-after` when sent). Reads (`safe` operations) are retried after the window when it is short;
 * calls with side effects are never retried.
 */
export class RateLimitError extends APIError {
  declare readonly name: 'RateLimitError' | 'RegistrationRateLimitError';
  declare readonly scope: RateLimitScope;

  constructor(init: RateLimitErrorInit) {
    super(init);
    this.scope = init.scope;
  }
}
nameError(RateLimitError, 'RateLimitError');

/**
 * Code 133016: more than 10 registrations or deregistrations of this number in 72 hours. That action is
 * blocked for 72 hours; `retryAt` says when. Never retried — every attempt counts.
 */
export class RegistrationRateLimitError extends RateLimitError {
  declare readonly name: 'RegistrationRateLimitError';
}
nameError(RegistrationRateLimitError, 'RegistrationRateLimitError');

/** Codes 1, 2, 131000, 131016, 131057, 133004, 2494100 and HTTP ≥ 500: Meta failed or is in maintenance. */
export class ServerError extends APIError {
  declare readonly name: 'ServerError';
}
nameError(ServerError, 'ServerError');

/** Code 133005: the two-step verification PIN does not match. Never retried: guessing locks the number. */
export class PinMismatchError extends APIError {
  declare readonly name: 'PinMismatchError';
}
nameError(PinMismatchError, 'PinMismatchError');

/** Codes 133008 (too many PIN guesses) and 133009 (guessed too fast). `details` says how long to wait. */
export class PinLockoutError extends APIError {
  declare readonly name: 'PinLockoutError';
}
nameError(PinLockoutError, 'PinLockoutError');

/** Code 133006: the number must be verified again (request and verify a code) before it can be registered. */
export class VerificationRequiredError extends APIError {
  declare readonly name: 'VerificationRequiredError';
}
nameError(VerificationRequiredError, 'VerificationRequiredError');

/** Code 133010: the number is not registered; register it first. */
export class NotRegisteredError extends APIError {
  declare readonly name: 'NotRegisteredError';
}
nameError(NotRegisteredError, 'NotRegisteredError');

/** Codes 133000 (incomplete deregistration: deregister again) and 133015 (recently deleted: wait 5 minutes). */
export class RegistrationStateError extends APIError {
  declare readonly name: 'RegistrationStateError';
}
nameError(RegistrationStateError, 'RegistrationStateError');

/** Code 131031: the account is locked (policy, or a data mismatch such as a wrong PIN). See the health status. */
export class AccountLockedError extends APIError {
  declare readonly name: 'AccountLockedError';
}
nameError(AccountLockedError, 'AccountLockedError');

/**
 * Code 137000: the customer's identity key hash changed, so the message was not delivered.
 *
 * Treat the customer as untrusted until re-verified out of band, then resend without the hash and store the
 * new one. Arrives in status webhooks; build it from the webhook's error object with `errorFromWebhook`.
 */
export class IdentityMismatchError extends APIError {
  declare readonly name: 'IdentityMismatchError';
}
nameError(IdentityMismatchError, 'IdentityMismatchError');

/** Codes 2388xxx on adding a number with `migrate_phone_number: true`: the migration cannot proceed; see `details`. */
export class MigrationError extends APIError {
  declare readonly name: 'MigrationError';
}
nameError(MigrationError, 'MigrationError');

/** One user a block or unblock call could not apply, with Meta's errors for that user. */
export interface BlockUserFailure {
  /** The phone number or WhatsApp id as it was sent. */
  readonly input: string;
  /** The user's WhatsApp id; absent when the input is not a valid WhatsApp user. */
  readonly wa_id?: string | undefined;
  /** The business-scoped user id (BSUID), when Meta identifies the user by it instead of `wa_id`. */
  readonly user_id?: string | undefined;
  /** Meta's errors for this user, mapped like any Graph error (e.g. 131047: no message from them in 24 h). */
  readonly errors: readonly APIError[];
}

/** Everything a {@link BlockUsersError} carries beyond an {@link APIError}. */
export interface BlockUsersErrorInit extends APIErrorInit {
  readonly failedUsers?: readonly BlockUserFailure[] | undefined;
}

/**
 * Codes 139100–139103: blocking or unblocking users failed (partly or wholly). `failedUsers` lists who failed and
 * why when Meta said so (always for `throwOnPartialFailure`); it is empty for whole-call failures.
 */
export class BlockUsersError extends APIError {
  declare readonly name: 'BlockUsersError';
  declare readonly failedUsers: readonly BlockUserFailure[];

  constructor(init: BlockUsersErrorInit) {
    super(init);
    this.failedUsers = init.failedUsers ?? [];
  }
}
nameError(BlockUsersError, 'BlockUsersError');

/** Every `name` an {@link APIError} subclass can have. */
export type APIErrorName =
  | 'AuthenticationError'
  | 'PermissionError'
  | 'PolicyBlockError'
  | 'InvalidRequestError'
  | 'NotFoundError'
  | 'RateLimitError'
  | 'RegistrationRateLimitError'
  | 'ServerError'
  | 'PinMismatchError'
  | 'PinLockoutError'
  | 'VerificationRequiredError'
  | 'NotRegisteredError'
  | 'RegistrationStateError'
  | 'AccountLockedError'
  | 'IdentityMismatchError'
  | 'MigrationError'
  | 'BlockUsersError';
