import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFromResponse, type ErrorFromResponseInput } from '../../src/errors/from-response.js';
import { businessUseCaseAt, retryAfterAt } from '../../src/errors/retry-hints.js';

const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
const MIN = 60_000;

function respond(code: number | undefined, headers: Record<string, string>, overrides: Partial<ErrorFromResponseInput> = {}) {
  return errorFromResponse({
    status: 400,
    body: code === undefined ? '' : { error: { code, message: `(#${code}) x` } },
    headers: new Headers(headers),
    method: 'GET',
    path: '/v23.0/102290129340398',
    now: NOW,
    ...overrides,
  });
}

function buc(...minutes: (number | string)[]): string {
  return JSON.stringify({
    '102290129340398': minutes.map((m) => ({ type: 'whatsapp_business_management', call_count: 100, total_cputime: 5, total_time: 5, estimated_time_to_regain_access: m })),
    '987654321': [{ type: 'whatsapp', call_count: 10, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 0 }],
  });
}

describe('retryAt from Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(respond(undefined, { 'Retry-After': '120' }, { status: 503 }).retryAt?.getTime()).toBe(NOW + 120_000);
  });

  it('reads an HTTP date', () => {
    const at = new Date(NOW + 90_000).toUTCString();
    expect(respond(undefined, { 'Retry-After': at }, { status: 503 }).retryAt?.getTime()).toBe(NOW + 90_000);
  });

  it('treats a past date as now', () => {
    const at = new Date(NOW - 90_000).toUTCString();
    expect(respond(undefined, { 'Retry-After': at }, { status: 429 }).retryAt?.getTime()).toBe(NOW);
  });

  it.each(['soon', '-5', '1.5', '', '99999999999', 'Wed, 99 Foo 2026'])('ignores %j', (value) => {
    expect(respond(undefined, { 'Retry-After': value }, { status: 503 }).retryAt).toBeUndefined();
  });

  it('is absent without hints', () => {
    expect(respond(4, {}).retryAt).toBeUndefined();
  });
});

describe('retryAt from X-Business-Use-Case-Usage (minutes)', () => {
  it('uses the largest estimated_time_to_regain_access for 80008', () => {
    expect(respond(80008, { 'X-Business-Use-Case-Usage': buc(3, 17, 5) }).retryAt?.getTime()).toBe(NOW + 17 * MIN);
  });

  it('applies to other throttle codes and to HTTP 429', () => {
    expect(respond(4, { 'X-Business-Use-Case-Usage': buc(2) }).retryAt?.getTime()).toBe(NOW + 2 * MIN);
    expect(respond(80007, { 'X-Business-Use-Case-Usage': buc(2) }).retryAt?.getTime()).toBe(NOW + 2 * MIN);
    expect(respond(undefined, { 'X-Business-Use-Case-Usage': buc(4) }, { status: 429 }).retryAt?.getTime()).toBe(NOW + 4 * MIN);
  });

  it('is ignored for codes that are not throttles', () => {
    expect(respond(100, { 'X-Business-Use-Case-Usage': buc(30) }).retryAt).toBeUndefined();
    expect(respond(131000, { 'X-Business-Use-Case-Usage': buc(30) }).retryAt).toBeUndefined();
  });

  it('takes the later of Retry-After and the BUC estimate', () => {
    expect(respond(80008, { 'X-Business-Use-Case-Usage': buc(1), 'Retry-After': '300' }).retryAt?.getTime()).toBe(NOW + 300_000);
    expect(respond(80008, { 'X-Business-Use-Case-Usage': buc(10), 'Retry-After': '300' }).retryAt?.getTime()).toBe(NOW + 10 * MIN);
  });

  it('ignores zero, malformed and non-numeric estimates', () => {
    expect(respond(80008, { 'X-Business-Use-Case-Usage': buc(0) }).retryAt).toBeUndefined();
    expect(respond(80008, { 'X-Business-Use-Case-Usage': '{not json' }).retryAt).toBeUndefined();
    expect(respond(80008, { 'X-Business-Use-Case-Usage': buc('ten') }).retryAt).toBeUndefined();
    expect(respond(80008, { 'X-Business-Use-Case-Usage': buc('7') }).retryAt?.getTime()).toBe(NOW + 7 * MIN);
  });
});

describe('fixed windows', () => {
  it('133016 locks for 72 h whatever the headers say', () => {
    const error = respond(133016, { 'Retry-After': '5', 'X-Business-Use-Case-Usage': buc(1) });
    expect(error.retryAt?.getTime()).toBe(NOW + 72 * 60 * MIN);
  });

  it('133015 asks for 5 minutes', () => {
    expect(respond(133015, {}).retryAt?.getTime()).toBe(NOW + 5 * MIN);
  });
});

describe('hint parsers are total', () => {
  it('never throw and return a time ≥ now (or nothing) for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constantFrom('{"a":[{"estimated_time_to_regain_access":1e308}]}', '[]', 'null')), (value) => {
        for (const at of [retryAfterAt(value, NOW), businessUseCaseAt(value, NOW)]) {
          if (at !== undefined) {
            expect(Number.isFinite(at)).toBe(true);
            expect(at).toBeGreaterThanOrEqual(NOW);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('return nothing for an absent header', () => {
    expect(retryAfterAt(null, NOW)).toBeUndefined();
    expect(businessUseCaseAt(null, NOW)).toBeUndefined();
  });
});
