import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { APIError } from '../../src/errors/api-error.js';
import { errorFromResponse } from '../../src/errors/from-response.js';
import { errorFromWebhook } from '../../src/errors/from-webhook.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Looks like a Meta access token: `EAA` + 40–200 base62 characters. */
const token = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 40, maxLength: 200 }).map((s) => `EAA${s}`);

/** Every way an error gets printed or serialised (reliability.md G8). */
function surfaces(error: APIError): string[] {
  return [
    error.message,
    String(error.stack),
    String(error),
    JSON.stringify(error),
    JSON.stringify(error.toJSON()),
    inspect(error, { depth: 10, showHidden: true }),
    inspect(error.toJSON(), { depth: 10 }),
  ];
}

function forms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
}

function expectAbsent(error: APIError, secret: string): void {
  for (const surface of surfaces(error)) {
    for (const form of forms(secret)) expect(surface).not.toContain(form);
  }
}

const text = fc.string({ maxLength: 60 });
const envelopeBody = fc.record({
  error: fc.record(
    {
      message: text,
      type: fc.constantFrom('OAuthException', 'GraphMethodException'),
      code: fc.constantFrom(0, 4, 100, 190, 133005, 133016, 80008, 131031, 4242),
      error_subcode: fc.integer({ min: 0, max: 3_000_000 }),
      error_user_title: text,
      error_user_msg: text,
      error_data: fc.oneof(text, fc.record({ details: text })),
      fbtrace_id: fc.string({ unit: fc.constantFrom(...ALNUM), maxLength: 24 }),
      is_transient: fc.boolean(),
    },
    { requiredKeys: ['code'] },
  ),
});

describe('no secret reaches an error (reliability.md G8)', () => {
  it('never carries a token that is only in the request/response headers', () => {
    fc.assert(
      fc.property(token, fc.oneof(envelopeBody, text), fc.integer({ min: 400, max: 599 }), (secret, body, status) => {
        const headers = new Headers({
          authorization: `Bearer ${secret}`,
          'x-fb-debug': secret,
          'set-cookie': `sid=${secret}`,
          'retry-after': '30',
          'x-business-use-case-usage': JSON.stringify({ '1': [{ estimated_time_to_regain_access: 2, note: secret }] }),
        });
        const error = errorFromResponse({ status, body, headers, method: 'POST', path: '/v23.0/106540352242922/register' });
        expectAbsent(error, secret);
        expect(error.cause).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('removes a known secret from every free-text field when redact is given', () => {
    fc.assert(
      fc.property(token, envelopeBody, fc.nat(4), (secret, body, slot) => {
        // Plant the secret in one free-text field Meta might echo.
        const error = { ...body.error } as Record<string, unknown>;
        const key = (['message', 'error_user_title', 'error_user_msg', 'details', 'error_data'] as const)[slot] ?? 'message';
        if (key === 'details') error['error_data'] = { details: `param value ${secret} is invalid` };
        else error[key] = `echo ${secret} echo`;
        const mapped = errorFromResponse({
          status: 400,
          body: { error },
          headers: new Headers(),
          method: 'POST',
          path: '/v23.0/1/register',
          redact: (value) => value.replaceAll(secret, '[redacted]'),
        });
        expectAbsent(mapped, secret);
      }),
      { numRuns: 2000 },
    );
  });

  it('removes a known secret from the raw-body fallback, before the 500-character cut', () => {
    fc.assert(
      fc.property(token, fc.integer({ min: 0, max: 700 }), (secret, offset) => {
        const raw = `${'x'.repeat(offset)} ${secret} tail`;
        const mapped = errorFromResponse({
          status: 502,
          body: raw,
          headers: new Headers(),
          method: 'GET',
          path: '/v23.0/1',
          redact: (value) => value.replaceAll(secret, '[redacted]'),
        });
        // A secret cut in half by the prefix would survive a redactor run after the cut.
        expectAbsent(mapped, secret);
        for (const surface of surfaces(mapped)) expect(surface).not.toContain(secret.slice(0, 20));
      }),
    );
  });

  it('redacts the JSON fallback and webhook text as well', () => {
    const secret = 'EAAsecretsecretsecretsecretsecretsecret1234';
    const json = errorFromResponse({ status: 400, body: { oops: secret }, headers: new Headers(), method: 'GET', path: '/x', redact: (v) => v.replaceAll(secret, '***') });
    expect(json.message).toBe('HTTP 400: {"oops":"***"}');
    const hook = errorFromWebhook({ code: 131009, message: secret, title: secret, error_data: { details: secret } }, { redact: (v) => v.replaceAll(secret, '***') });
    expectAbsent(hook, secret);
  });
});

describe('a PIN echoed by Meta', () => {
  // Meta's documented texts for 133005/133008/133009 do not echo the PIN ("Two step verification PIN Mismatch"),
  // but 100-class errors can quote parameter values. The mapper cannot know an arbitrary value is secret: it
  // keeps Meta's text unless the caller (the request layer, which knows the PIN) passes `redact`.
  const body = { error: { code: 100, message: '(#100) Param pin must be 6 digits, got 012345', error_data: { details: 'pin 012345 invalid' } } };

  it('is kept verbatim without redact (documented limitation)', () => {
    const error = errorFromResponse({ status: 400, body, headers: new Headers(), method: 'POST', path: '/v23.0/1/register' });
    expect(error.message).toBe('(#100) pin 012345 invalid');
  });

  it('is removed from every surface with redact', () => {
    const error = errorFromResponse({
      status: 400,
      body,
      headers: new Headers(),
      method: 'POST',
      path: '/v23.0/1/register',
      redact: (value) => value.replaceAll('012345', '******'),
    });
    expect(error.message).toBe('(#100) pin ****** invalid');
    for (const surface of surfaces(error)) expect(surface).not.toContain('012345');
  });
});
