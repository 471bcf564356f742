import { describe, expect, it } from 'vitest';
import { isCamsSuccess, parseCamsEnvelope } from '../../../src/cams/errors/envelope.js';
import { camsErrorFromResponse } from '../../../src/cams/errors/from-response.js';
import { isCamsError } from '../../../src/cams/errors/guards.js';
import { extractMetaCode } from '../../../src/cams/errors/meta-code.js';
import type { RateLimitError } from '../../../src/errors/api-error.js';
import { errorFromResponse } from '../../../src/errors/from-response.js';
import {
  isAPIError,
  isAuthenticationError,
  isConnectionError,
  isIdentityMismatchError,
  isInvalidRequestError,
  isPinMismatchError,
  isRateLimitError,
  isRegistrationRateLimitError,
  isServerError,
  isVerificationRequiredError,
} from '../../../src/errors/guards.js';
import { decideRetry } from '../../../src/core/retry-policy.js';

const NOW = Date.UTC(2026, 10, 20, 8, 30, 0);

describe('isCamsSuccess (§1.4)', () => {
  it.each([
    [200, { Code: 'OK', RequestId: 'A' }, true],
    [200, { Code: '0000' }, true],
    [200, '{"Code":"OK","Data":{}}', true],
    [204, { Code: 'OK' }, true],
    [200, { Code: 'InvalidParameter.PhoneNumberError', Success: false }, false],
    [200, { RequestId: 'A' }, false],
    [200, 'not json', false],
    [200, null, false],
    [400, { Code: 'OK' }, false],
    [500, { Code: 'OK' }, false],
    [302, { Code: 'OK' }, false],
  ] as const)('HTTP %i %j → %s', (status, body, expected) => {
    expect(isCamsSuccess(status, body)).toBe(expected);
  });
});

describe('the two error shapes (§3.1)', () => {
  it('reads a gateway error (HTTP 4xx, RequestId/HostId/Code/Message/Recommend)', () => {
    const error = camsErrorFromResponse({
      status: 400,
      body: {
        RequestId: '5E0B6CC6-5B0C-4A0E-9E3A-EXAMPLE',
        HostId: 'cams.ap-southeast-1.aliyuncs.com',
        Code: 'SignatureNonceUsed',
        Message: 'Specified signature nonce was used already.',
        Recommend: 'https://api.aliyun.com/troubleshoot?q=SignatureNonceUsed&product=cams',
      },
      action: 'ChatappPhoneNumberRegister',
      now: NOW,
    });
    expect(isAuthenticationError(error)).toBe(true);
    expect(error.cams).toEqual({
      code: 'SignatureNonceUsed',
      httpStatus: 400,
      requestId: '5E0B6CC6-5B0C-4A0E-9E3A-EXAMPLE',
      hostId: 'cams.ap-southeast-1.aliyuncs.com',
      recommend: 'https://api.aliyun.com/troubleshoot?q=SignatureNonceUsed&product=cams',
      accessDeniedDetail: undefined,
      action: 'ChatappPhoneNumberRegister',
      metaCode: undefined,
    });
    expect(error.message).toContain('signed again with a new nonce');
  });

  it('reads a business error (HTTP 200, Code ≠ OK, Success false) and one sent with HTTP 400 alike', () => {
    for (const status of [200, 400]) {
      const error = camsErrorFromResponse({
        status,
        body: { RequestId: 'R', Code: 'InvalidParameter.PhoneNumberError', Message: 'phone number invalid', Success: false },
      });
      expect(isInvalidRequestError(error)).toBe(true);
      expect(error.cams?.httpStatus).toBe(status);
      expect(error.status).toBe(status);
    }
  });

  it('takes the request id from x-acs-request-id when the body has none, and a raw JSON text body', () => {
    const error = camsErrorFromResponse({ status: 500, body: '{"Code":"InternalError"}', headers: new Headers({ 'x-acs-request-id': 'HDR-1' }) });
    expect(isServerError(error)).toBe(true);
    expect(error.cams?.requestId).toBe('HDR-1');
  });

  it('carries AccessDeniedDetail and names the RAM permission to grant', () => {
    const error = camsErrorFromResponse({
      status: 400,
      body: { Code: 'Ram.PermissionDeny', Message: 'You are not authorized to perform the operation.', AccessDeniedDetail: '{"AuthAction":"cams:ChatappBindWaba"}' },
      action: 'ChatappBindWaba',
    });
    expect(error.cams?.accessDeniedDetail).toBe('{"AuthAction":"cams:ChatappBindWaba"}');
    expect(error.details).toBe(error.cams?.accessDeniedDetail);
    expect(error.message).toContain('cams:ChatappBindWaba permission');
  });

  it('maps unknown codes by status, and a 200 business error with an unknown code to a plain APIError', () => {
    const at = (status: number) => camsErrorFromResponse({ status, body: { Code: 'Some.NewCode', Message: 'x' } });
    expect(at(401).name).toBe('AuthenticationError');
    expect(at(403).name).toBe('PermissionError');
    expect(at(404).name).toBe('NotFoundError');
    expect(at(429).name).toBe('RateLimitError');
    expect(at(502).name).toBe('ServerError');
    expect(at(409).name).toBe('InvalidRequestError');
    expect(at(200)).toMatchObject({ name: 'APIError', retryAdvice: 'fix-request' });
  });

  it('turns a non-JSON error body (proxy, load balancer) into an error with the status and a clipped text', () => {
    const error = camsErrorFromResponse({ status: 502, body: `<html>${'Bad gateway '.repeat(100)}</html>` });
    expect(isServerError(error)).toBe(true);
    expect(error.retryAdvice).toBe('transient');
    expect(error.message.startsWith('CAMS HTTP 502: <html>Bad gateway')).toBe(true);
    expect(error.message.length).toBeLessThanOrEqual(520);
    expect(error.cams?.code).toBeUndefined();
    expect(camsErrorFromResponse({ status: 503, body: '' }).message).toBe('CAMS HTTP 503 with an empty body');
    expect(camsErrorFromResponse({ status: 200, body: { RequestId: 'A' } }).message).toBe('CAMS HTTP 200 without a Code');
  });
});

describe('signature and credential errors say what to check (§3.2)', () => {
  it('InvalidTimeStamp.Expired points at the clock', () => {
    const error = camsErrorFromResponse({ status: 400, body: { Code: 'InvalidTimeStamp.Expired', Message: 'Specified time stamp or date value is expired.' } });
    expect(isAuthenticationError(error)).toBe(true);
    expect(error.message).toMatch(/clock.*15 minutes/);
  });

  it('SignatureDoesNotMatch points at the secret and drops the server string-to-sign echo', () => {
    const error = camsErrorFromResponse({
      status: 400,
      body: {
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature does not match our calculation. server StringToSign is [ACS3-HMAC-SHA256\n${'ab'.repeat(32)}]`,
      },
    });
    expect(error.message).toBe(
      '(SignatureDoesNotMatch) Specified signature does not match our calculation. — Check that the AccessKey secret belongs to this AccessKey id (no stray spaces or newlines); if it does, report it with the request id.',
    );
  });

  it('InvalidAccessKeyId.NotFound (HTTP 404) is an authentication error, not a NotFoundError', () => {
    const error = camsErrorFromResponse({ status: 404, body: { Code: 'InvalidAccessKeyId.NotFound', Message: 'Specified access key is not found.' } });
    expect(error.name).toBe('AuthenticationError');
    expect(error.message).toContain('Check the AccessKey id');
  });

  it('accepts SignatureDoesNotMatch with HTTP 403 too (§7 #12)', () => {
    expect(camsErrorFromResponse({ status: 403, body: { Code: 'SignatureDoesNotMatch' } }).name).toBe('AuthenticationError');
  });
});

describe('throttling (§3.5)', () => {
  it('reads x-acs-retry-after as milliseconds and Retry-After as seconds, keeping the later', () => {
    const error = camsErrorFromResponse({
      status: 400,
      body: { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' },
      headers: new Headers({ 'x-acs-retry-after': '2500' }),
      now: NOW,
    }) as RateLimitError;
    expect(isRateLimitError(error)).toBe(true);
    expect(error.scope).toBe('account');
    expect(error.retryAt?.getTime()).toBe(NOW + 2_500);

    const both = camsErrorFromResponse({
      status: 400,
      body: { Code: 'System.LimitControl' },
      headers: new Headers({ 'x-acs-retry-after': '2500', 'retry-after': '3' }),
      now: NOW,
    }) as RateLimitError;
    expect(both.scope).toBe('operation');
    expect(both.retryAt?.getTime()).toBe(NOW + 3_000);
  });

  it.each(['0', '-5', 'soon', '1.5', String(8 * 24 * 3_600_000)])('ignores x-acs-retry-after %j', (value) => {
    const error = camsErrorFromResponse({ status: 400, body: { Code: 'Throttling' }, headers: new Headers({ 'x-acs-retry-after': value }), now: NOW });
    expect(error.retryAt).toBeUndefined();
  });

  it('lets the retry policy wait for a throttled read and retry a transient failure, but never a fix-request', () => {
    const base = { retryClass: 'safe' as const, attempt: 1, maxRetries: 2, nowMs: NOW, maxHintMs: 60_000, random: () => 0 };
    const throttled = camsErrorFromResponse({ status: 400, body: { Code: 'Throttling.Api' }, headers: new Headers({ 'x-acs-retry-after': '1200' }), now: NOW });
    expect(decideRetry({ ...base, failure: { kind: 'api', error: throttled } })).toEqual({ retry: true, delayMs: 1_200 });
    const transient = camsErrorFromResponse({ status: 503, body: { Code: 'ServiceUnavailable' } });
    expect(decideRetry({ ...base, failure: { kind: 'api', error: transient } })).toMatchObject({ retry: true });
    const fatal = camsErrorFromResponse({ status: 400, body: { Code: 'SignatureDoesNotMatch' } });
    expect(decideRetry({ ...base, failure: { kind: 'api', error: fatal } })).toMatchObject({ retry: false });
  });
});

describe('Meta codes inside CAMS errors map to the Graph classes (§3.6)', () => {
  it('133016 → RegistrationRateLimitError, locked 72 h, never retried — the same guard as on Graph', () => {
    const cams = camsErrorFromResponse({
      status: 200,
      body: { Code: 'ERR-FB-001', Message: '(#133016) Account register deregister rate limit exceeded', Success: false },
      action: 'ChatappPhoneNumberRegister',
      now: NOW,
    });
    const graph = errorFromResponse({
      status: 400,
      body: { error: { code: 133016, message: '(#133016) Account register deregister rate limit exceeded' } },
      headers: new Headers(),
      method: 'POST',
      path: '/v23.0/1/register',
      now: NOW,
    });
    for (const error of [cams, graph]) {
      expect(isRegistrationRateLimitError(error)).toBe(true);
      expect(isRateLimitError(error)).toBe(true);
      expect(error.code).toBe(133016);
      expect(error.retryAt?.getTime()).toBe(NOW + 72 * 3_600_000);
      expect(decideRetry({ retryClass: 'safe', attempt: 1, maxRetries: 5, nowMs: NOW, maxHintMs: 1e12, random: () => 0, failure: { kind: 'api', error } })).toMatchObject({ retry: false });
    }
    expect(cams.provider).toBe('cams');
    expect(graph.provider).toBe('graph');
    expect(cams.cams).toMatchObject({ code: 'ERR-FB-001', metaCode: 133016 });
    expect(cams.message.startsWith('(ERR-FB-001, #133016) [ChatappPhoneNumberRegister] (#133016) Account register')).toBe(true);
  });

  it.each([
    ['(#133005) Two step verification PIN Mismatch', isPinMismatchError, 133005],
    ['137000: Identity key hash mismatch', isIdentityMismatchError, 137000],
    ['Meta error code 133006: re-verification needed', isVerificationRequiredError, 133006],
    ['{"error":{"message":"x","type":"OAuthException","code":133016,"fbtrace_id":"A"}}', isRegistrationRateLimitError, 133016],
  ] as const)('%j', (message, guard, code) => {
    const error = camsErrorFromResponse({ status: 400, body: { Code: 'SomeUndocumented.Code', Message: message } });
    expect(guard(error)).toBe(true);
    expect(error.code).toBe(code);
    expect(error.cams?.metaCode).toBe(code);
  });

  it('keeps an unknown Meta code as metaCode without changing the CAMS class', () => {
    const error = camsErrorFromResponse({ status: 400, body: { Code: 'ERR-FB-001', Message: 'fails with error code 147005' } });
    expect(error.name).toBe('InvalidRequestError');
    expect(error.code).toBe(147005);
  });

  it('never lets a Meta code in the text override a gateway verdict', () => {
    const error = camsErrorFromResponse({ status: 400, body: { Code: 'Throttling.User', Message: '(#133016) weird' } });
    expect(error.name).toBe('RateLimitError');
    expect(error.cams?.metaCode).toBe(133016);
  });

  it.each([
    ['400: Bad Request', undefined],
    ['Request was denied due to user flow control.', undefined],
    ['error code 400', undefined],
    ['error code 190', 190],
    ['131026:Receiver is incapable of receiving this message', 131026],
    ['(#100) Invalid parameter', 100],
    ['', undefined],
  ] as const)('extractMetaCode(%j) → %s', (text, expected) => {
    expect(extractMetaCode(text)).toBe(expected);
  });
});

describe('envelope reading is total', () => {
  it('reads numeric codes as strings and ignores wrongly typed fields', () => {
    expect(parseCamsEnvelope({ Code: 999999, Message: 5, Success: 'no' })).toMatchObject({ Code: '999999', Message: '5', Success: undefined });
    expect(parseCamsEnvelope([1, 2])).toBeUndefined();
    expect(parseCamsEnvelope('[1]')).toBeUndefined();
  });

  it('survives a body whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'Code', {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const error = camsErrorFromResponse({ status: 500, body: hostile });
    expect(isAPIError(error)).toBe(true);
    expect(isCamsError(error)).toBe(true);
    expect(isConnectionError(error)).toBe(false);
  });
});
