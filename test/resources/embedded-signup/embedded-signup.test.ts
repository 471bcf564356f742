import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isAPIError,
  isInvalidRequestError,
  isOutcomeUnknownError,
  isPermissionError,
  isPinMismatchError,
  isValidationError,
} from '../../../src/errors/guards.js';
import { EmbeddedSignupCodeExpiredError, isEmbeddedSignupCodeExpiredError } from '../../../src/resources/embedded-signup/errors.js';
import { captureLogger, makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const APP_ID = '1234567890123456';
const APP_SECRET = 'f3a1b2c3d4e5f60718293a4b5c6d7e8f';
const CODE = 'AQBx-ESc0de_9f8e7d6c5b4a3210ZYXWVUTsrqpo';
const BUSINESS_TOKEN = 'EAAGbusinessTokenFromSignup0123456789';
const OAUTH = `${GRAPH}/v23.0/oauth/access_token`;
const DEBUG = `${GRAPH}/v23.0/debug_token`;
const WABA = '102290129340398';
const WABA2 = '104996122399160';
const PHONE = '106540352242922';

function oauthOk(): { requests: Request[] } {
  const requests: Request[] = [];
  server.use(http.post(OAUTH, ({ request }) => (requests.push(request), HttpResponse.json({ access_token: BUSINESS_TOKEN, token_type: 'bearer' }))));
  return { requests };
}

function allText(error: unknown, lines: string[]): string {
  return [String((error as Error)?.message), String((error as Error)?.stack), JSON.stringify(error), inspect(error, { depth: 5 }), ...lines].join('\n');
}

describe('embeddedSignup.exchangeCode', () => {
  it('POSTs client_id, client_secret and code as a form to /oauth/access_token — nothing secret in the URL', async () => {
    const seen = oauthOk();
    const token = await makeClient().embeddedSignup.exchangeCode({ appId: APP_ID, appSecret: APP_SECRET, code: CODE });
    const request = seen.requests[0]!;
    const url = new URL(request.url);
    expect(request.method).toBe('POST');
    expect(url.pathname).toBe('/v23.0/oauth/access_token');
    expect(url.search).toBe('');
    expect(request.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(await request.text()))).toEqual({ client_id: APP_ID, client_secret: APP_SECRET, code: CODE });
    expect(seen.requests[0]!.headers.get('authorization')).toBe(`Bearer ${APP_ID}|${APP_SECRET}`);
    expect(token).toEqual({ access_token: BUSINESS_TOKEN, token_type: 'bearer' });
  });

  it('rejects malformed params without sending', async () => {
    const counter = countRequests();
    const bad: unknown[] = [
      { appId: 'app', appSecret: APP_SECRET, code: CODE },
      { appId: APP_ID, appSecret: 'short', code: CODE },
      { appId: APP_ID, appSecret: APP_SECRET, code: 'has space' },
      { appId: APP_ID, appSecret: APP_SECRET, code: '' },
      { appId: APP_ID, appSecret: APP_SECRET, code: CODE, redirect_uri: 'x' },
    ];
    for (const params of bad) {
      const error = await makeClient().embeddedSignup.exchangeCode(params as never).catch((e: unknown) => e);
      expect(isValidationError(error), JSON.stringify(params)).toBe(true);
      expect(allText(error, [])).not.toContain(APP_SECRET);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  // Graph's OAuth errors carry no error_data (e.g. akeeba/sociallogin#102 quotes
  // {"message":"This authorization code has been used.","type":"OAuthException","code":100,"error_subcode":36009}).
  const oauthError = (message: string, subcode?: number) =>
    HttpResponse.json(
      { error: { message, type: 'OAuthException', code: 100, ...(subcode === undefined ? {} : { error_subcode: subcode }), fbtrace_id: 'AtestTraceId' } },
      { status: 400 },
    );

  it.each([
    ['subcode 36007', () => oauthError('This authorization code has expired.', 36007)],
    ['subcode 36009', () => oauthError('This authorization code has been used.', 36009)],
    ['subcode with other details', () => graphError({ code: 100, subcode: 36009 })],
    ['wording only', () => oauthError('This authorization code has been used.')],
  ])('turns an expired/used code (%s) into EmbeddedSignupCodeExpiredError', async (_, respond) => {
    server.use(http.post(OAUTH, respond));
    const error = await makeClient().embeddedSignup.exchangeCode({ appId: APP_ID, appSecret: APP_SECRET, code: CODE }).catch((e: unknown) => e);
    expect(isEmbeddedSignupCodeExpiredError(error)).toBe(true);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(error).toBeInstanceOf(EmbeddedSignupCodeExpiredError);
    const typed = error as EmbeddedSignupCodeExpiredError;
    expect(typed.name).toBe('EmbeddedSignupCodeExpiredError');
    expect(typed.message).toMatch(/30 seconds/);
    expect(typed.code).toBe(100);
    expect(typed.fbtraceId).toBe('AtestTraceId');
    expect(typed.retryAdvice).toBe('user-action');
  });

  it('leaves other #100 errors (e.g. a wrong secret) as InvalidRequestError', async () => {
    server.use(http.post(OAUTH, () => graphError({ code: 100, subcode: 36008, message: 'Error validating client secret.' })));
    const error = await makeClient().embeddedSignup.exchangeCode({ appId: APP_ID, appSecret: APP_SECRET, code: CODE }).catch((e: unknown) => e);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(isEmbeddedSignupCodeExpiredError(error)).toBe(false);
  });

  it('is never retried, even on a 5xx or a lost answer', async () => {
    for (const respond of [() => new HttpResponse(null, { status: 503 }), () => HttpResponse.error()]) {
      server.use(http.post(OAUTH, respond));
      const counter = countRequests();
      const error = await makeClient({ maxRetries: 3 }).embeddedSignup.exchangeCode({ appId: APP_ID, appSecret: APP_SECRET, code: CODE }).catch((e: unknown) => e);
      counter.stop();
      expect(counter.total()).toBe(1);
      expect(isAPIError(error) || isOutcomeUnknownError(error)).toBe(true);
    }
  });

  it('never lets the app secret, the code or the business token reach a log line or an error (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-f0-9]{32}$/),
        fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
        fc.constantFrom('echo', 'network', 'bad-json', 'used'),
        async (secret, code, fault) => {
          server.use(
            http.post(OAUTH, () => {
              if (fault === 'network') return HttpResponse.error();
              if (fault === 'bad-json') return new HttpResponse(`{"access_token":"${BUSINESS_TOKEN}`, { status: 200 });
              if (fault === 'used') return graphError({ code: 100, subcode: 36009, message: `This authorization code has been used: ${code}`, details: `client_secret=${secret}&code=${code}` });
              return graphError({ code: 100, message: `(#100) bad client_secret ${secret} for code ${code}`, details: `${OAUTH}?client_secret=${secret}&code=${code}` });
            }),
          );
          const logger = captureLogger();
          const error = await makeClient({ logger, logLevel: 'debug' })
            .embeddedSignup.exchangeCode({ appId: APP_ID, appSecret: secret, code })
            .catch((e: unknown) => e);
          const text = allText(error, logger.lines);
          expect(text).not.toContain(secret);
          expect(text).not.toContain(code);
          expect(text).not.toContain(BUSINESS_TOKEN);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('embeddedSignup.sharedWabaIds', () => {
  it('reads the whatsapp_business_management target ids from debug_token', async () => {
    let request: Request | undefined;
    server.use(
      http.get(DEBUG, ({ request: r }) => {
        request = r;
        return HttpResponse.json({
          data: {
            app_id: APP_ID,
            is_valid: true,
            scopes: ['whatsapp_business_management', 'whatsapp_business_messaging'],
            granular_scopes: [
              { scope: 'whatsapp_business_management', target_ids: [WABA, WABA2] },
              { scope: 'whatsapp_business_messaging', target_ids: [WABA, '999'] },
              { scope: 'business_management' },
            ],
          },
        });
      }),
    );
    const ids = await makeClient().embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN, appToken: `${APP_ID}|${APP_SECRET}` });
    expect(ids).toEqual([WABA, WABA2]);
    expect(new URL(request!.url).searchParams.get('input_token')).toBe(BUSINESS_TOKEN);
    expect(request!.headers.get('authorization')).toBe(`Bearer ${APP_ID}|${APP_SECRET}`);
  });

  it('uses the client token when no app token is given, and returns [] without a grant', async () => {
    let auth: string | null = null;
    server.use(http.get(DEBUG, ({ request }) => ((auth = request.headers.get('authorization')), HttpResponse.json({ data: { is_valid: true } }))));
    await expect(makeClient().embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN })).resolves.toEqual([]);
    expect(auth).toMatch(/^Bearer EAAGtest/);
  });

  it('rejects a malformed token without sending', async () => {
    const counter = countRequests();
    const error = await makeClient().embeddedSignup.sharedWabaIds({ inputToken: 'a b' }).catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });

  it('keeps input_token out of logs and errors', async () => {
    server.use(http.get(DEBUG, () => graphError({ code: 190, status: 401, message: `Invalid OAuth access token ${BUSINESS_TOKEN}` })));
    const logger = captureLogger();
    const error = await makeClient({ logger, logLevel: 'debug' }).embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN }).catch((e: unknown) => e);
    expect(isAPIError(error)).toBe(true);
    expect(allText(error, logger.lines)).not.toContain(BUSINESS_TOKEN);
  });
});

describe('embeddedSignup.completeSignup', () => {
  it('exchanges, discovers, subscribes every WABA and registers the number with the business token', async () => {
    oauthOk();
    const auth: Record<string, string | null> = {};
    const posts: { url: string; body: unknown }[] = [];
    server.use(
      http.get(DEBUG, () => HttpResponse.json({ data: { granular_scopes: [{ scope: 'whatsapp_business_management', target_ids: [WABA, WABA2] }] } })),
      http.post(`${GRAPH}/v23.0/:id/subscribed_apps`, async ({ request, params }) => {
        auth[`subscribe:${String(params['id'])}`] = request.headers.get('authorization');
        posts.push({ url: request.url, body: await request.json() });
        return HttpResponse.json({ success: true });
      }),
      http.post(`${GRAPH}/v23.0/${PHONE}/register`, async ({ request }) => {
        auth['register'] = request.headers.get('authorization');
        posts.push({ url: request.url, body: await request.json() });
        return HttpResponse.json({ success: true });
      }),
    );
    const result = await makeClient().embeddedSignup.completeSignup({ appId: APP_ID, appSecret: APP_SECRET, code: CODE, phoneNumberId: PHONE, pin: '012345' });
    expect(result).toMatchObject({ wabaIds: [WABA, WABA2], subscribedWabaIds: [WABA, WABA2], registeredPhoneNumberId: PHONE, failures: [], complete: true, tokenType: 'bearer' });
    expect(result.accessToken).toBe(BUSINESS_TOKEN);
    expect(Object.values(auth).every((value) => value === `Bearer ${BUSINESS_TOKEN}`)).toBe(true);
    expect(posts.at(-1)?.body).toEqual({ messaging_product: 'whatsapp', pin: '012345' });
    // The token is in the result but not in its serialised or printed form.
    expect(JSON.stringify(result)).not.toContain(BUSINESS_TOKEN);
    expect(inspect(result)).not.toContain(BUSINESS_TOKEN);
  });

  it('with a wabaId from the session event, skips discovery and registration when no number is given', async () => {
    oauthOk();
    const counter = countRequests();
    server.use(http.post(`${GRAPH}/v23.0/${WABA}/subscribed_apps`, () => HttpResponse.json({ success: true })));
    const result = await makeClient().embeddedSignup.completeSignup({ appId: APP_ID, appSecret: APP_SECRET, code: CODE, wabaId: WABA });
    counter.stop();
    expect(result).toMatchObject({ wabaIds: [WABA], subscribedWabaIds: [WABA], registeredPhoneNumberId: undefined, complete: true });
    expect(counter.requests.map((r) => new URL(r.url).pathname)).toEqual(['/v23.0/oauth/access_token', `/v23.0/${WABA}/subscribed_apps`]);
  });

  it('validates every param before spending the single-use code', async () => {
    const counter = countRequests();
    for (const params of [
      { appId: APP_ID, appSecret: APP_SECRET, code: CODE, phoneNumberId: PHONE, pin: '12345' },
      { appId: APP_ID, appSecret: APP_SECRET, code: CODE, pin: '123456' },
      { appId: APP_ID, appSecret: APP_SECRET, code: CODE, wabaId: 'x' },
    ]) {
      const error = await makeClient().embeddedSignup.completeSignup(params as never).catch((e: unknown) => e);
      expect(isValidationError(error)).toBe(true);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('throws when the exchange fails (nothing else is attempted)', async () => {
    server.use(http.post(OAUTH, () => graphError({ code: 100, subcode: 36007, message: 'This authorization code has expired.' })));
    const counter = countRequests();
    const error = await makeClient().embeddedSignup.completeSignup({ appId: APP_ID, appSecret: APP_SECRET, code: CODE, wabaId: WABA }).catch((e: unknown) => e);
    counter.stop();
    expect(isEmbeddedSignupCodeExpiredError(error)).toBe(true);
    expect(counter.total()).toBe(1);
  });

  it('after the exchange, reports failures instead of throwing, so the token is never lost — and errors carry no token or PIN', async () => {
    oauthOk();
    server.use(
      http.post(`${GRAPH}/v23.0/${WABA}/subscribed_apps`, () => graphError({ status: 403, code: 200, message: `(#200) no access for ${BUSINESS_TOKEN}` })),
      http.post(`${GRAPH}/v23.0/${PHONE}/register`, () => graphError({ code: 133005, message: '(#133005) Two step verification PIN Mismatch 012345' })),
    );
    const result = await makeClient().embeddedSignup.completeSignup({ appId: APP_ID, appSecret: APP_SECRET, code: CODE, wabaId: WABA, phoneNumberId: PHONE, pin: '012345' });
    expect(result.complete).toBe(false);
    expect(result.accessToken).toBe(BUSINESS_TOKEN);
    expect(result.failures.map((f) => [f.step, f.id])).toEqual([
      ['subscribe', WABA],
      ['register', PHONE],
    ]);
    expect(isPermissionError(result.failures[0]?.error)).toBe(true);
    expect(isPinMismatchError(result.failures[1]?.error)).toBe(true);
    const text = result.failures.map((f) => allText(f.error, [])).join('\n');
    expect(text).not.toContain(BUSINESS_TOKEN);
    expect(text).not.toContain('012345');
  });

  it('is incomplete when the token grants no WABA', async () => {
    oauthOk();
    server.use(http.get(DEBUG, () => HttpResponse.json({ data: { granular_scopes: [] } })));
    const result = await makeClient().embeddedSignup.completeSignup({ appId: APP_ID, appSecret: APP_SECRET, code: CODE });
    expect(result).toMatchObject({ wabaIds: [], complete: false, failures: [] });
  });
});
