/**
 * The CAMS error catalog (alibaba-cams.md §3.2–§3.4): each documented code mapped to the same error classes as on
 * Graph, the retry advice of the contract's retry column, and a hint that tells the user what to check.
 */

import type { RateLimitScope, RetryAdvice } from '../../errors/api-error.js';
import type { GraphErrorClassName } from '../../errors/graph-codes.js';

/** Where a row comes from in the contract. */
export type CamsCodeSection = '§3.2' | '§3.3' | '§3.4';

/**
 * What wabakit knows about one CAMS error code: the error class it becomes, the retry advice, the throttle scope and
 * a user-facing hint.
 *
 * @example
 * const entry: CamsCodeEntry = lookupCamsCode('Throttling.User')!; // { errorClass: 'RateLimitError', scope: 'account', … }
 */
export interface CamsCodeEntry {
  /** The CAMS code, or the family prefix for a `prefix` row (`Missing`, `Throttling.`). */
  readonly code: string;
  readonly match: 'exact' | 'prefix';
  readonly errorClass: GraphErrorClassName;
  readonly retryAdvice: RetryAdvice;
  /** Set for `RateLimitError` rows only. */
  readonly scope?: RateLimitScope;
  /** HTTP status the contract documents for the code, when it does. */
  readonly httpStatus?: number;
  /** What to check or do, in one sentence; appended to the error message. */
  readonly hint: string;
  /**
   * `gateway` rows are the API gateway's verdict (signature, credentials, throttling, RAM): a Meta code in the text
   * cannot override them. Business rows yield to a Meta code found in the message (§3.6).
   */
  readonly layer: 'gateway' | 'business';
  readonly section: CamsCodeSection;
}

type Options = Partial<Pick<CamsCodeEntry, 'scope' | 'httpStatus'>>;

function exact(section: CamsCodeSection, layer: CamsCodeEntry['layer'], code: string, errorClass: GraphErrorClassName, retryAdvice: RetryAdvice, hint: string, options: Options = {}): CamsCodeEntry {
  return { code, match: 'exact', errorClass, retryAdvice, hint, layer, section, ...options };
}

function prefix(section: CamsCodeSection, layer: CamsCodeEntry['layer'], code: string, errorClass: GraphErrorClassName, retryAdvice: RetryAdvice, hint: string, options: Options = {}): CamsCodeEntry {
  return { code, match: 'prefix', errorClass, retryAdvice, hint, layer, section, ...options };
}

const G = '§3.2';
const E4 = '§3.3';
const B = '§3.4';

/**
 * Every documented CAMS failure code (§3.2 gateway/common, §3.3 per-operation "E4", §3.4 business codes) and the
 * documented families (`Missing<Param>`, `Invalid<Param>`, `Throttling.*`). Success codes (`OK`, `0000`) are not here.
 *
 * @example
 * const neverRetried = CAMS_CODES.filter((row) => row.retryAdvice === 'fix-request').map((row) => row.code);
 */
export const CAMS_CODES: readonly CamsCodeEntry[] = [
  // §3.2 signature and credentials → AuthenticationError: the request was not authenticated, nothing was done.
  exact(G, 'gateway', 'IncompleteSignature', 'AuthenticationError', 'fix-request',
    'The Authorization header or a signed header is missing or malformed; every x-acs-* header, host and content-type must be signed.', { httpStatus: 400 }),
  // "N (U if the secret is wrong)": the signer is vector-tested, so a wrong secret is the likely cause → user-action.
  exact(G, 'gateway', 'SignatureDoesNotMatch', 'AuthenticationError', 'user-action',
    'Check that the AccessKey secret belongs to this AccessKey id (no stray spaces or newlines); if it does, report it with the request id.', { httpStatus: 400 }),
  exact(G, 'gateway', 'InvalidAccessKeyId.NotFound', 'AuthenticationError', 'user-action',
    'Check the AccessKey id: Alibaba Cloud does not know it (deleted, mistyped, or from another account or site).', { httpStatus: 404 }),
  exact(G, 'gateway', 'InvalidAccessKeyId.Inactive', 'AuthenticationError', 'user-action',
    'The AccessKey is disabled: enable it in the RAM console or use another one.', { httpStatus: 400 }),
  exact(G, 'gateway', 'InvalidTimeStamp.Format', 'AuthenticationError', 'fix-request',
    'x-acs-date must be UTC YYYY-MM-DDTHH:mm:ssZ.', { httpStatus: 400 }),
  exact(G, 'gateway', 'InvalidTimeStamp.Expired', 'AuthenticationError', 'fix-request',
    'Check the clock of this machine: x-acs-date must be within 15 minutes of Alibaba Cloud time (sync with NTP).', { httpStatus: 400 }),
  exact(G, 'gateway', 'SignatureNonceUsed', 'AuthenticationError', 'fix-request',
    'A signed request was sent twice; every attempt must be signed again with a new nonce.', { httpStatus: 400 }),
  exact(G, 'gateway', 'InvalidSignatureMethod', 'AuthenticationError', 'fix-request',
    'Only ACS3-HMAC-SHA256 is supported.', { httpStatus: 400 }),
  exact(G, 'gateway', 'MissingSecurityToken', 'AuthenticationError', 'fix-request',
    'An STS AccessKey id (STS.…) needs its securityToken in the credentials.'),
  exact(G, 'gateway', 'InvalidSecurityToken.Expired', 'AuthenticationError', 'user-action',
    'The STS token has expired: fetch fresh STS credentials (AssumeRole) and retry.'),
  exact(G, 'gateway', 'InvalidSecurityToken.MismatchWithAccessKey', 'AuthenticationError', 'user-action',
    'The STS token was issued with another AccessKey id: use the id, secret and token of one AssumeRole answer.'),
  exact(G, 'gateway', 'InvalidSecurityToken.Malformed', 'AuthenticationError', 'user-action',
    'The STS token is corrupt or truncated: pass the SecurityToken exactly as STS returned it.'),
  // Unlisted members of the credential families are still credential problems, not parameter problems.
  prefix(G, 'gateway', 'InvalidAccessKeyId.', 'AuthenticationError', 'user-action', 'Check the AccessKey id and whether it is active.'),
  prefix(G, 'gateway', 'InvalidSecurityToken.', 'AuthenticationError', 'user-action', 'Check the STS token: fetch fresh STS credentials.'),
  prefix(G, 'gateway', 'InvalidTimeStamp.', 'AuthenticationError', 'fix-request', 'Check x-acs-date and the clock of this machine.'),

  exact(G, 'gateway', 'InvalidApi.NotFound', 'NotFoundError', 'fix-request',
    'The action or API version does not exist on this endpoint (CAMS is cams 2020-06-06 on cams.ap-southeast-1.aliyuncs.com).', { httpStatus: 404 }),
  prefix(G, 'gateway', 'Missing', 'InvalidRequestError', 'fix-request', 'A required parameter is missing.', { httpStatus: 400 }),
  prefix(G, 'gateway', 'Invalid', 'InvalidRequestError', 'fix-request', 'A parameter value was rejected.', { httpStatus: 400 }),

  // §3.2 throttling: W — wait, then retry (reads only; the pipeline never repeats a call with side effects).
  exact(G, 'gateway', 'Throttling', 'RateLimitError', 'after-window',
    'Alibaba Cloud flow control: slow down (keep the client-side QPS limiter on).', { scope: 'operation', httpStatus: 400 }),
  exact(G, 'gateway', 'Throttling.User', 'RateLimitError', 'after-window',
    'Alibaba Cloud per-account flow control: this account sends too many requests overall.', { scope: 'account', httpStatus: 400 }),
  exact(G, 'gateway', 'Throttling.Api', 'RateLimitError', 'after-window',
    'Alibaba Cloud per-operation flow control: this operation is called faster than its QPS.', { scope: 'operation', httpStatus: 400 }),
  prefix(G, 'gateway', 'Throttling.', 'RateLimitError', 'after-window', 'Alibaba Cloud flow control: slow down.', { scope: 'operation' }),

  exact(G, 'gateway', 'InternalError', 'ServerError', 'transient', 'Alibaba Cloud failed; retry later.', { httpStatus: 500 }),
  exact(G, 'gateway', 'ServiceUnavailable', 'ServerError', 'transient', 'Alibaba Cloud is temporarily unavailable; retry later.', { httpStatus: 503 }),

  // §3.3 "E4", documented on every operation.
  exact(E4, 'gateway', 'Product.Unsubscript', 'PermissionError', 'user-action',
    'CAMS is not activated for this account: open it in the console (OpenChatappService).', { httpStatus: 400 }),
  exact(E4, 'gateway', 'Ram.PermissionDeny', 'PermissionError', 'user-action',
    'The RAM user lacks cams:<Action> permission: grant it (see accessDeniedDetail).', { httpStatus: 400 }),
  exact(E4, 'gateway', 'System.LimitControl', 'RateLimitError', 'after-window',
    'CAMS flow control: this operation is called faster than its QPS.', { scope: 'operation', httpStatus: 400 }),
  exact(E4, 'gateway', 'Unknown.ResourceOwnerId', 'PermissionError', 'fix-request',
    'The space or number does not belong to this Alibaba Cloud account: check CustSpaceId and the credentials.', { httpStatus: 400 }),

  // §3.4 business codes (HTTP 200 or 4xx/5xx, §3.1). A Meta code in the message overrides these (§3.6).
  exact(B, 'business', 'Authentication.NoAuth', 'PermissionError', 'user-action', 'No permission for this operation: check the RAM policy and the space.'),
  exact(B, 'business', 'InvalidParameter.PhoneNumberError', 'InvalidRequestError', 'fix-request',
    'The phone number is invalid: send country code and national number as digits, no + or spaces.'),
  exact(B, 'business', 'ERR-OPERATION-MAAP-0060', 'InvalidRequestError', 'fix-request',
    'No WABA is bound to this CustSpaceId: bind one first (Embedded Signup, ChatappBindWaba).', { httpStatus: 400 }),
  exact(B, 'business', 'ERR-OPERATION-MAAP-0065', 'InvalidRequestError', 'fix-request',
    'The number is not bound to this CustSpaceId: check the space, or add the number first.', { httpStatus: 400 }),
  exact(B, 'business', 'ERR-OPERATION-MAAP-0085', 'InvalidRequestError', 'fix-request', 'Website URLs must start with http:// or https://.', { httpStatus: 400 }),
  exact(B, 'business', 'ERR-FB-001', 'InvalidRequestError', 'fix-request',
    'Meta rejected the call: the object does not exist, is not reachable with these permissions, or does not support the operation.', { httpStatus: 400 }),
  // "system exception, retry" although sent with HTTP 400.
  exact(B, 'business', '999999', 'ServerError', 'transient', 'CAMS system exception; retry later.', { httpStatus: 400 }),
  exact(B, 'business', 'ERR-COMMON-001', 'ServerError', 'transient', 'CAMS system exception; retry later.', { httpStatus: 500 }),
  exact(B, 'business', 'CHAT.APIError', 'ServerError', 'transient', 'CAMS internal error; retry later.', { httpStatus: 500 }),
  prefix(B, 'business', 'InvalidParameter.', 'InvalidRequestError', 'fix-request', 'A parameter value was rejected.'),
];

/**
 * Codes that mean success: `OK`, and `0000` ([D-ERRP], unverified where it occurs; accepting it costs nothing, §1.4).
 *
 * @example
 * CAMS_SUCCESS_CODES.has('OK'); // true
 */
export const CAMS_SUCCESS_CODES: ReadonlySet<string> = new Set(['OK', '0000']);

const EXACT: ReadonlyMap<string, CamsCodeEntry> = new Map(CAMS_CODES.filter((row) => row.match === 'exact').map((row) => [row.code, row]));
const EXACT_LOWER: ReadonlyMap<string, CamsCodeEntry> = new Map([...EXACT].map(([code, row]) => [code.toLowerCase(), row]));
// Longest prefix first, so `InvalidAccessKeyId.` wins over `Invalid`.
const PREFIXES: readonly CamsCodeEntry[] = CAMS_CODES.filter((row) => row.match === 'prefix').sort((a, b) => b.code.length - a.code.length);

/**
 * What wabakit knows about a CAMS code: class, retry advice, scope, hint.
 *
 * Exact rows win, then a case-insensitive exact match, then the longest documented family prefix. Pure; never throws.
 *
 * @returns the entry, or `undefined` for an undocumented code (mapped by HTTP status instead).
 * @example
 * lookupCamsCode('InvalidTimeStamp.Expired')?.hint; // 'Check the clock of this machine: …'
 * lookupCamsCode('MissingPhoneNumber')?.errorClass; // 'InvalidRequestError'
 */
export function lookupCamsCode(code: string): CamsCodeEntry | undefined {
  if (typeof code !== 'string' || code === '') return undefined;
  const found = EXACT.get(code) ?? EXACT_LOWER.get(code.toLowerCase());
  if (found !== undefined) return found;
  // A family prefix needs a non-empty rest: `Missing` alone is not `Missing<ParamName>`.
  return PREFIXES.find((row) => code.length > row.code.length && code.startsWith(row.code));
}
