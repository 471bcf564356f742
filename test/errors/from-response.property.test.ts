import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../src/errors/from-response.js';
import { isAPIError } from '../../src/errors/guards.js';

const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 80 });
const headers = fc
  .array(
    fc.tuple(
      fc.constantFrom('retry-after', 'x-business-use-case-usage', 'x-app-usage', 'content-type'),
      fc.oneof(
        headerValue,
        fc.integer({ min: -10, max: 1e9 }).map(String),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => new Headers(pairs));

const field = fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.boolean());
const envelope = fc.record(
  {
    message: field,
    type: field,
    code: fc.oneof(fc.integer(), fc.constantFrom(0, 4, 100, 133005, 133016, 80008, 2388103, 137000), fc.string(), fc.double()),
    error_subcode: field,
    error_user_title: field,
    error_user_msg: field,
    error_data: fc.oneof(field, fc.record({ details: field, messaging_product: field }, { requiredKeys: [] })),
    fbtrace_id: field,
    is_transient: field,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.record({ error: envelope }),
  envelope.map((e) => JSON.stringify({ error: e }) ?? ''),
  fc.jsonValue(),
  fc.string(),
  fc.anything(),
  fc.constantFrom('', undefined, null, '{', '<html></html>'),
);

describe('errorFromResponse is total', () => {
  it('never throws and always returns a usable APIError for any body, status and headers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 1000 }), body, headers, fc.string(), (status, raw, hdrs, path) => {
        const error = errorFromResponse({ status, body: raw, headers: hdrs, method: 'get', path, now: 1_800_000_000_000 });
        expect(isAPIError(error)).toBe(true);
        expect(error.source).toBe('response');
        expect(error.status).toBe(status);
        expect(typeof error.message).toBe('string');
        expect(error.message.length).toBeGreaterThan(0);
        expect(error.message).not.toContain('(no body)');
        // The catch-all exists for bugs only; generated inputs must take the normal path.
        expect(error.message).not.toContain('unreadable error response');
        if (error.retryAt !== undefined) expect(Number.isNaN(error.retryAt.getTime())).toBe(false);
        expect(() => JSON.stringify(error)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a non-envelope body prefix within 500 characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 3000 }), (text) => {
        fc.pre(!text.trim().startsWith('{') && text.trim() !== '');
        const error = errorFromResponse({ status: 500, body: text, headers: new Headers(), method: 'GET', path: '/x' });
        expect(error.message.startsWith('HTTP 500: ')).toBe(true);
        expect(error.message.length - 'HTTP 500: '.length).toBeLessThanOrEqual(500);
      }),
    );
  });

  it('survives a redactor that throws or returns a non-string (fails closed)', () => {
    const boom = errorFromResponse({
      status: 400,
      body: { error: { code: 100, message: 'secret-ish text' } },
      headers: new Headers(),
      method: 'POST',
      path: '/x',
      redact: () => {
        throw new Error('bad redactor');
      },
    });
    expect(boom.message).toBe('(#100) [redacted]');
    const weird = errorFromResponse({ status: 400, body: 'text', headers: new Headers(), method: 'POST', path: '/x', redact: (() => 42) as never });
    expect(weird.message).toBe('HTTP 400: [redacted]');
  });

  it('describes a body it cannot serialise instead of calling it empty', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    const error = errorFromResponse({ status: 500, body: circular, headers: new Headers(), method: 'GET', path: '/x' });
    expect(error.message).toBe('HTTP 500 with a body that could not be serialised');
    expect(errorFromResponse({ status: 500, body: 10n, headers: new Headers(), method: 'GET', path: '/x' }).name).toBe('ServerError');
  });

  it('returns a plain APIError instead of throwing when the input itself is malformed', () => {
    const error = errorFromResponse({ status: 400, body: '', headers: new Headers(), method: 42 as never, path: '/x' });
    expect(isAPIError(error)).toBe(true);
    expect(error.message).toBe('HTTP 400 (unreadable error response)');
    expect(error.method).toBeUndefined();
  });
});
