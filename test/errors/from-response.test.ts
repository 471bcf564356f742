import { describe, expect, it } from 'vitest';
import { errorFromResponse, type ErrorFromResponseInput } from '../../src/errors/from-response.js';
import { graphCodeTitle } from '../../src/errors/graph-codes/titles.js';
import { isRateLimitError } from '../../src/errors/guards.js';
import { graphFixture } from '../fixtures/graph.js';
import { EXPECTED_CODES } from './fixtures/contract-codes.js';

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const PATH = '/v23.0/106540352242922/register';

function respond(overrides: Partial<ErrorFromResponseInput> = {}) {
  return errorFromResponse({ status: 400, body: '', headers: new Headers(), method: 'post', path: PATH, now: NOW, ...overrides });
}

function graph(error: Record<string, unknown>, overrides: Partial<ErrorFromResponseInput> = {}) {
  return respond({ body: { error }, ...overrides });
}

describe('errorFromResponse — every contract §7 code over HTTP', () => {
  it.each(EXPECTED_CODES.map((row) => [row.code, row]))('code %i', (code, row) => {
    const error = graph({ message: `(#${code}) Some title`, type: 'OAuthException', code, fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam' });
    expect(error.name).toBe(row.className);
    expect(error.retryAdvice).toBe(row.advice);
    expect((error as { scope?: string }).scope).toBe(row.scope);
    expect(error.code).toBe(code);
    expect(error.message).toBe(`(#${code}) Some title`);
    expect(error.source).toBe('response');
    expect(error.status).toBe(400);
  });
});

describe('the envelope', () => {
  it('carries every field of contract §7.1 and prefers details in the message', () => {
    const error = graph(
      {
        message: '(#130429) Rate limit hit',
        type: 'OAuthException',
        code: 130429,
        error_subcode: 2494055,
        error_user_title: 'Slow down',
        error_user_msg: 'Too many messages',
        is_transient: true,
        error_data: { messaging_product: 'whatsapp', details: 'Cloud API message throughput has been reached.' },
        fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
      { attempts: 2 },
    );
    expect(error).toMatchObject({
      name: 'RateLimitError',
      message: '(#130429) Cloud API message throughput has been reached.',
      code: 130429,
      subcode: 2494055,
      type: 'OAuthException',
      userTitle: 'Slow down',
      userMessage: 'Too many messages',
      isTransient: true,
      details: 'Cloud API message throughput has been reached.',
      fbtraceId: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      method: 'POST',
      path: PATH,
      status: 400,
      attempts: 2,
      scope: 'throughput',
    });
  });

  it('accepts error_data as a plain string (older endpoints)', () => {
    const error = graph({ code: 100, message: '(#100) Invalid parameter', error_data: 'Param sort is not valid' });
    expect(error.details).toBe('Param sort is not valid');
    expect(error.message).toBe('(#100) Param sort is not valid');
  });

  it('uses the message when details are missing or empty', () => {
    expect(graph({ code: 100, message: '(#100) Invalid parameter' }).message).toBe('(#100) Invalid parameter');
    expect(graph({ code: 100, message: 'Invalid parameter', error_data: { details: '' } }).message).toBe('(#100) Invalid parameter');
  });

  it('falls back to the catalog title when Meta sent a code only (WabaClient passes the titles)', () => {
    expect(graph({ code: 133010 }, { codeTitle: graphCodeTitle }).message).toBe('(#133010) Phone number Not Registered');
  });

  it('without the titles (a WabaCore bundle), falls back to the HTTP status, still typed by code', () => {
    const error = graph({ code: 133010 });
    expect(error.message).toBe('(#133010) HTTP 400');
    expect(error.name).toBe('NotRegisteredError');
  });

  it('reads fields of a wrong type as absent instead of rejecting the envelope', () => {
    const error = graph({ code: 133005, message: 42, error_subcode: 'x', fbtrace_id: {}, is_transient: 'yes', error_data: [1] }, { codeTitle: graphCodeTitle });
    expect(error.name).toBe('PinMismatchError');
    expect(error.message).toBe('(#133005) Two step verification PIN Mismatch');
    expect(error.subcode).toBeUndefined();
    expect(error.isTransient).toBeUndefined();
  });

  it('accepts a numeric-string code', () => {
    expect(graph({ code: '190', message: 'Error validating access token' }, { status: 401 }).name).toBe('AuthenticationError');
  });

  it('maps an envelope without a code by HTTP status and keeps its message', () => {
    const error = graph({ message: 'Unsupported get request.', type: 'GraphMethodException' }, { status: 404 });
    expect(error.name).toBe('NotFoundError');
    expect(error.code).toBeUndefined();
    expect(error.message).toBe('Unsupported get request.');
  });

  it('parses a body that arrives as JSON text', () => {
    const error = respond({ body: ' {"error":{"code":133016,"message":"(#133016) limit"}} ' });
    expect(error.name).toBe('RegistrationRateLimitError');
  });
});

describe('bodies that are not an envelope', () => {
  it('uses a trimmed prefix of a text body, never "(no body)"', () => {
    const error = respond({ status: 502, body: '  <html>\n  <body>Bad Gateway</body>\n</html>  ' });
    expect(error.name).toBe('ServerError');
    expect(error.message).toBe('HTTP 502: <html> <body>Bad Gateway</body> </html>');
  });

  it('cuts long bodies to 500 characters', () => {
    const error = respond({ status: 500, body: 'x'.repeat(5000) });
    const kept = error.message.slice('HTTP 500: '.length);
    expect(kept.length).toBeLessThanOrEqual(500);
    expect(kept.endsWith('…')).toBe(true);
  });

  it('serialises a JSON body that is not an envelope', () => {
    expect(respond({ status: 400, body: { error: 'invalid_request' } }).message).toBe('HTTP 400: {"error":"invalid_request"}');
    expect(respond({ status: 400, body: { error: {} } }).message).toBe('HTTP 400: {"error":{}}');
  });

  it.each([[''], ['   '], [undefined], [null]])('says the body was empty for %j', (body) => {
    const error = respond({ status: 503, body });
    expect(error.message).toBe('HTTP 503 with an empty body');
    expect(error.message).not.toContain('no body');
  });

  it('keeps invalid JSON text as text', () => {
    expect(respond({ body: '{"error": {' }).message).toBe('HTTP 400: {"error": {');
  });
});

describe('HTTP status fallback (no Graph code)', () => {
  it.each([
    [401, 'AuthenticationError', 'user-action'],
    [403, 'PermissionError', 'user-action'],
    [404, 'NotFoundError', 'fix-request'],
    [429, 'RateLimitError', 'after-window'],
    [500, 'ServerError', 'transient'],
    [502, 'ServerError', 'transient'],
    [503, 'ServerError', 'transient'],
    [400, 'InvalidRequestError', 'fix-request'],
    [409, 'InvalidRequestError', 'fix-request'],
    [422, 'InvalidRequestError', 'fix-request'],
    [302, 'APIError', 'fix-request'],
    [200, 'APIError', 'fix-request'],
  ])('status %i → %s (%s)', (status, name, advice) => {
    const error = respond({ status, body: 'oops' });
    expect(error.name).toBe(name);
    expect(error.retryAdvice).toBe(advice);
    expect(error.status).toBe(status);
  });

  it('gives 429 the unknown scope', () => {
    const error = respond({ status: 429, body: '' });
    expect(isRateLimitError(error) && error.scope).toBe('unknown');
  });

  it.each([
    [400, 'fix-request'],
    [500, 'transient'],
    [429, 'after-window'],
    [401, 'user-action'],
  ])('keeps an unknown code a plain APIError (status %i → %s)', (status, advice) => {
    const error = graph({ code: 4242, message: '(#4242) Something new' }, { status });
    expect(error.name).toBe('APIError');
    expect(error.retryAdvice).toBe(advice);
    expect(error.message).toBe('(#4242) Something new');
  });

  it('maps 136025 (legacy list) as a plain APIError', () => {
    expect(graph({ code: 136025, message: 'Verify code error' }).name).toBe('APIError');
  });
});

describe('retry advice hints', () => {
  it('is_transient: true makes a code transient', () => {
    expect(graph({ code: 100, message: 'x', is_transient: true }).retryAdvice).toBe('transient');
    expect(graph({ code: 100, message: 'x', is_transient: false }).retryAdvice).toBe('fix-request');
  });

  it.each([
    [133005, 'user-action'],
    [133008, 'after-window'],
    [133009, 'after-window'],
    [133016, 'after-window'],
    [137000, 'do-not-resend'],
    [131031, 'user-action'],
  ])('is_transient never overrides never-retried code %i', (code, advice) => {
    expect(graph({ code, message: 'x', is_transient: true }).retryAdvice).toBe(advice);
  });

  it('treats 2388103 "error migrating" as transient, other 2388103 reasons not', () => {
    expect(graph({ code: 2388103, error_data: { details: 'There was an error migrating the phone number. Please try again later.' } }).retryAdvice).toBe('transient');
    expect(graph({ code: 2388103, error_data: { details: 'Destination WABA does not have webhooks configured.' } }).retryAdvice).toBe('fix-request');
  });
});

describe('details at the top level of the error object (issue #13, 131051)', () => {
  it('keeps them in APIError.details and the message', () => {
    const error = respond({ body: graphFixture('error.131051-top-level-details') });
    expect(error.code).toBe(131051);
    expect(error.details).toBe('Message type is not currently supported');
    expect(error.message).toContain('Message type is not currently supported');
  });

  it('prefers error_data.details when both are present', () => {
    expect(graph({ code: 131051, details: 'top', error_data: { details: 'nested' } }).details).toBe('nested');
  });
});
