import { describe, expect, it } from 'vitest';
import { CAMS_CODES, lookupCamsCode } from '../../../src/cams/errors/catalog.js';
import { camsErrorFromResponse } from '../../../src/cams/errors/from-response.js';
import { isCamsError } from '../../../src/cams/errors/guards.js';
import type { RateLimitError } from '../../../src/errors/api-error.js';
import {
  isAPIError,
  isAuthenticationError,
  isInvalidRequestError,
  isNotFoundError,
  isPermissionError,
  isRateLimitError,
  isServerError,
} from '../../../src/errors/guards.js';

// One row per code documented in alibaba-cams.md §3.2–§3.4, written from the contract (not derived from the catalog):
// [code, HTTP status to send, expected class name, retry advice, scope for throttles].
type Row = readonly [code: string, status: number, errorClass: string, advice: string, scope?: string];

const GATEWAY: readonly Row[] = [
  ['IncompleteSignature', 400, 'AuthenticationError', 'fix-request'],
  ['SignatureDoesNotMatch', 400, 'AuthenticationError', 'user-action'],
  ['InvalidAccessKeyId.NotFound', 404, 'AuthenticationError', 'user-action'],
  ['InvalidAccessKeyId.Inactive', 400, 'AuthenticationError', 'user-action'],
  ['InvalidTimeStamp.Format', 400, 'AuthenticationError', 'fix-request'],
  ['InvalidTimeStamp.Expired', 400, 'AuthenticationError', 'fix-request'],
  ['SignatureNonceUsed', 400, 'AuthenticationError', 'fix-request'],
  ['InvalidSignatureMethod', 400, 'AuthenticationError', 'fix-request'],
  ['MissingSecurityToken', 400, 'AuthenticationError', 'fix-request'],
  ['InvalidSecurityToken.Expired', 400, 'AuthenticationError', 'user-action'],
  ['InvalidSecurityToken.MismatchWithAccessKey', 400, 'AuthenticationError', 'user-action'],
  ['InvalidSecurityToken.Malformed', 400, 'AuthenticationError', 'user-action'],
  ['InvalidApi.NotFound', 404, 'NotFoundError', 'fix-request'],
  ['Throttling', 400, 'RateLimitError', 'after-window', 'operation'],
  ['Throttling.User', 400, 'RateLimitError', 'after-window', 'account'],
  ['Throttling.Api', 400, 'RateLimitError', 'after-window', 'operation'],
  ['InternalError', 500, 'ServerError', 'transient'],
  ['ServiceUnavailable', 503, 'ServerError', 'transient'],
];
const E4: readonly Row[] = [
  ['Product.Unsubscript', 400, 'PermissionError', 'user-action'],
  ['Ram.PermissionDeny', 400, 'PermissionError', 'user-action'],
  ['System.LimitControl', 400, 'RateLimitError', 'after-window', 'operation'],
  ['Unknown.ResourceOwnerId', 400, 'PermissionError', 'fix-request'],
];
const BUSINESS: readonly Row[] = [
  ['Authentication.NoAuth', 200, 'PermissionError', 'user-action'],
  ['InvalidParameter.PhoneNumberError', 200, 'InvalidRequestError', 'fix-request'],
  ['ERR-OPERATION-MAAP-0060', 400, 'InvalidRequestError', 'fix-request'],
  ['ERR-OPERATION-MAAP-0065', 400, 'InvalidRequestError', 'fix-request'],
  ['ERR-OPERATION-MAAP-0085', 400, 'InvalidRequestError', 'fix-request'],
  ['ERR-FB-001', 400, 'InvalidRequestError', 'fix-request'],
  ['999999', 400, 'ServerError', 'transient'],
  ['ERR-COMMON-001', 500, 'ServerError', 'transient'],
  ['CHAT.APIError', 500, 'ServerError', 'transient'],
];
// Documented families (§3.2 `Missing<ParamName>`, `Invalid<ParamName>`, other `Throttling.*`).
const FAMILIES: readonly Row[] = [
  ['MissingPhoneNumber', 400, 'InvalidRequestError', 'fix-request'],
  ['InvalidCustSpaceId', 400, 'InvalidRequestError', 'fix-request'],
  ['InvalidParameter.Template', 200, 'InvalidRequestError', 'fix-request'],
  ['Throttling.Tenant', 400, 'RateLimitError', 'after-window', 'operation'],
  ['InvalidAccessKeyId.Other', 400, 'AuthenticationError', 'user-action'],
  ['InvalidSecurityToken.Other', 400, 'AuthenticationError', 'user-action'],
];

const GUARDS: Record<string, (value: unknown) => boolean> = {
  AuthenticationError: isAuthenticationError,
  PermissionError: isPermissionError,
  InvalidRequestError: isInvalidRequestError,
  NotFoundError: isNotFoundError,
  RateLimitError: isRateLimitError,
  ServerError: isServerError,
};

describe('CAMS error catalog (alibaba-cams.md §3.2–§3.4)', () => {
  it('has a row for every documented exact code and nothing else', () => {
    const documented = [...GATEWAY, ...E4, ...BUSINESS].map(([code]) => code).sort();
    const exact = CAMS_CODES.filter((row) => row.match === 'exact').map((row) => row.code).sort();
    expect(exact).toEqual(documented);
    expect(CAMS_CODES.every((row) => row.hint.trim().length > 10)).toBe(true);
  });

  describe.each([
    ['§3.2 gateway and common', GATEWAY],
    ['§3.3 per-operation (E4)', E4],
    ['§3.4 business', BUSINESS],
    ['§3.2 families', FAMILIES],
  ] as const)('%s', (_section, rows) => {
    it.each(rows.map(([code, status, errorClass, advice, scope]) => ({ code, status, errorClass, advice, scope })))(
      '$code (HTTP $status) → $errorClass, $advice',
      ({ code, status, errorClass, advice, scope }) => {
      const error = camsErrorFromResponse({
        status,
        body: { RequestId: 'REQ-ONE', Code: code, Message: 'Documented message.' },
        action: 'QueryChatappPhoneNumbers',
        now: 0,
      });
      expect(error.name).toBe(errorClass);
      expect(GUARDS[errorClass]?.(error)).toBe(true);
      expect(isAPIError(error)).toBe(true);
      expect(error.retryAdvice).toBe(advice);
      expect(error.provider).toBe('cams');
      expect(isCamsError(error)).toBe(true);
      expect(error.cams).toMatchObject({ code, httpStatus: status, requestId: 'REQ-ONE', action: 'QueryChatappPhoneNumbers' });
      expect(error.code).toBeUndefined();
      expect(error.status).toBe(status);
      expect(error.message.startsWith(`(${code}) [QueryChatappPhoneNumbers] Documented message. — `)).toBe(true);
      expect(error.message).toContain(lookupCamsCode(code)?.hint.replace('cams:<Action>', 'cams:QueryChatappPhoneNumbers'));
      if (scope !== undefined) expect((error as RateLimitError).scope).toBe(scope);
      },
    );
  });

  it('matches exact codes case-insensitively and prefers the longest family prefix', () => {
    expect(lookupCamsCode('throttling.user')?.scope).toBe('account');
    expect(lookupCamsCode('InvalidAccessKeyId.Foo')?.errorClass).toBe('AuthenticationError');
    expect(lookupCamsCode('InvalidTimeStamp.Other')?.errorClass).toBe('AuthenticationError');
    expect(lookupCamsCode('Missing')).toBeUndefined();
    expect(lookupCamsCode('')).toBeUndefined();
    expect(lookupCamsCode('Something.Else')).toBeUndefined();
  });
});
