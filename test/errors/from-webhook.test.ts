import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFromWebhook } from '../../src/errors/from-webhook.js';
import { isAPIError, isIdentityMismatchError, isRateLimitError } from '../../src/errors/guards.js';
import { EXPECTED_CODES } from './fixtures/contract-codes.js';

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);

describe('errorFromWebhook', () => {
  it('maps 137000 from a status webhook to IdentityMismatchError', () => {
    const error = errorFromWebhook({
      code: 137000,
      title: 'Identity key mismatch',
      message: 'Identity key mismatch',
      error_data: { details: 'The recipient identity key hash does not match' },
      href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
    });
    expect(isIdentityMismatchError(error)).toBe(true);
    expect(error.name).toBe('IdentityMismatchError');
    expect(error.source).toBe('webhook');
    expect(error.status).toBeUndefined();
    expect(error.code).toBe(137000);
    expect(error.retryAdvice).toBe('do-not-resend');
    expect(error.message).toBe('(#137000) The recipient identity key hash does not match');
    expect(error.title).toBe('Identity key mismatch');
    expect(error.href).toBe('https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/');
  });

  it.each(EXPECTED_CODES.map((row) => [row.code, row]))('code %i gets the same class as over HTTP', (code, row) => {
    const error = errorFromWebhook({ code, title: 'x' });
    expect(error.name).toBe(row.className);
    expect(error.retryAdvice).toBe(row.advice);
    expect((error as { scope?: string }).scope).toBe(row.scope);
    expect(error.source).toBe('webhook');
    expect(error.status).toBeUndefined();
  });

  it('falls back to message, then title, then the catalog title', () => {
    expect(errorFromWebhook({ code: 131026, message: 'Message undeliverable', title: 'T' }).message).toBe('(#131026) Message undeliverable');
    expect(errorFromWebhook({ code: 131026, title: 'Message undeliverable.' }).message).toBe('(#131026) Message undeliverable.');
    expect(errorFromWebhook({ code: 131026 }).message).toBe('(#131026) Message undeliverable');
    expect(errorFromWebhook({ code: 131026, error_data: { details: '' }, message: 'm' }).message).toBe('(#131026) m');
  });

  it('does not double a "(#code)" prefix Meta already put in the message', () => {
    expect(errorFromWebhook({ code: 131047, message: '(#131047) Re-engagement message' }).message).toBe('(#131047) Re-engagement message');
  });

  it('gives unknown codes a plain APIError that is not retried', () => {
    const error = errorFromWebhook({ code: 4242, title: 'New thing' });
    expect(error.name).toBe('APIError');
    expect(error.retryAdvice).toBe('fix-request');
    expect(error.message).toBe('(#4242) New thing');
  });

  it('keeps the rate-limit scope so the guard can key on it', () => {
    const error = errorFromWebhook({ code: 131056, title: 'pair rate limit hit' });
    expect(isRateLimitError(error) && error.scope).toBe('pair');
  });

  it('sets the fixed windows of 133016 (72 h) and 133015 (5 min)', () => {
    expect(errorFromWebhook({ code: 133016 }, { now: NOW }).retryAt?.getTime()).toBe(NOW + 72 * 3_600_000);
    expect(errorFromWebhook({ code: 133015 }, { now: NOW }).retryAt?.getTime()).toBe(NOW + 5 * 60_000);
    expect(errorFromWebhook({ code: 131026 }, { now: NOW }).retryAt).toBeUndefined();
  });

  it('applies redact to message, details and title', () => {
    const error = errorFromWebhook(
      { code: 131009, title: 'bad 654321', message: 'value 654321', error_data: { details: 'pin 654321 wrong' } },
      { redact: (text) => text.replaceAll('654321', '******') },
    );
    expect(JSON.stringify(error)).not.toContain('654321');
    expect(error.details).toBe('pin ****** wrong');
    expect(error.title).toBe('bad ******');
  });

  it('never throws on malformed webhook objects (runtime JSON is untyped)', () => {
    fc.assert(
      fc.property(fc.record({ code: fc.anything(), title: fc.anything(), message: fc.anything(), error_data: fc.anything(), href: fc.anything() }, { requiredKeys: [] }), (raw) => {
        const error = errorFromWebhook(raw as never);
        expect(isAPIError(error)).toBe(true);
        expect(error.source).toBe('webhook');
      }),
    );
    expect(errorFromWebhook(null as never).name).toBe('APIError');
  });
});

describe('errorFromWebhook — details at the top level (Meta\'s older 131051 example)', () => {
  it('reads them when error_data is absent, and prefers error_data.details otherwise', () => {
    expect(errorFromWebhook({ code: 131051, details: 'Message type is not currently supported', title: 'Unsupported message type' }).details).toBe(
      'Message type is not currently supported',
    );
    expect(errorFromWebhook({ code: 131051, details: 'top', error_data: { details: 'nested' } }).details).toBe('nested');
  });
});
