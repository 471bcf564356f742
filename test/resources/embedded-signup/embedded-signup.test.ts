import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  isAPIError,
  isAuthenticationError,
  isInvalidRequestError,
  isOutcomeUnknownError,
  isPermissionError,
  isPinMismatchError,
  isServerError,
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
/** `sharedWabaIds` sends `GET debug_token` inside Graph's batch endpoint, `POST /v23.0/` (core/batch.ts). */
const BATCH = `${GRAPH}/v23.0/`;
const WABA = '102290129340398';
const WABA2 = '104996122399160';
const PHONE = '106540352242922';

function oauthOk(): { requests: Request[] } {
  const requests: Request[] = [];
  server.use(http.post(OAUTH, ({ request }) => (requests.push(request), HttpResponse.json({ access_token: BUSINESS_TOKEN, token_type: 'bearer' }))));
  return { requests };
}

/** One batched answer: the inner GET's status and its JSON body as text, as Graph's batch writes it. */
function item(body: unknown, code = 200): { code: number; body: string } {
  return { code, body: JSON.stringify(body) };
}

/**
 * Answers the batch endpoint with `answer(n)` for the n-th batch (a reply array, or a whole Response), and keeps
 * each batch request with its form body.
 */
function debugTokenBatch(answer: (n: number) => unknown): { batches: { request: Request; form: URLSearchParams }[] } {
  const batches: { request: Request; form: URLSearchParams }[] = [];
  server.use(
    http.post(BATCH, async ({ request }) => {
      batches.push({ request, form: new URLSearchParams(await request.clone().text()) });
      const reply = answer(batches.length - 1);
      return reply instanceof Response ? reply : HttpResponse.json(reply as never);
    }),
  );
  return { batches };
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
  const GRANTS = {
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
  };

  it('reads the whatsapp_business_management target ids from debug_token, sent in a batch: the token is in no URL', async () => {
    const seen = debugTokenBatch(() => [item(GRANTS)]);
    const ids = await makeClient().embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN, appToken: `${APP_ID}|${APP_SECRET}` });
    expect(ids).toEqual([WABA, WABA2]);
    const { request, form } = seen.batches[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe(BATCH);
    expect(request.url).not.toContain(BUSINESS_TOKEN);
    expect(request.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.headers.get('authorization')).toBe(`Bearer ${APP_ID}|${APP_SECRET}`);
    expect([...form.keys()].sort()).toEqual(['batch', 'include_headers']);
    expect(form.get('include_headers')).toBe('false');
    expect(JSON.parse(form.get('batch')!)).toEqual([{ method: 'GET', relative_url: `debug_token?input_token=${BUSINESS_TOKEN}` }]);
  });

  it('form-encodes the token inside relative_url, and puts appsecret_proof in the batch form, not in the inner URL', async () => {
    const seen = debugTokenBatch(() => [item(GRANTS)]);
    const odd = 'EAAG|token.with-odd_chars';
    await makeClient({ appSecret: APP_SECRET }).embeddedSignup.sharedWabaIds({ inputToken: odd });
    const { form } = seen.batches[0]!;
    const [inner] = JSON.parse(form.get('batch')!) as [{ relative_url: string }];
    const relative = new URL(inner.relative_url, 'https://x.invalid/');
    expect(relative.pathname).toBe('/debug_token');
    expect(relative.searchParams.get('input_token')).toBe(odd);
    expect(relative.searchParams.has('appsecret_proof')).toBe(false);
    expect(form.get('appsecret_proof')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses the client token when no app token is given, and returns [] without a grant', async () => {
    const seen = debugTokenBatch(() => [item({ data: { is_valid: true } })]);
    await expect(makeClient().embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN })).resolves.toEqual([]);
    expect(seen.batches[0]!.request.headers.get('authorization')).toMatch(/^Bearer EAAGtest/);
  });

  it('rejects a malformed token without sending', async () => {
    const counter = countRequests();
    const error = await makeClient().embeddedSignup.sharedWabaIds({ inputToken: 'a b' }).catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });

  it("maps the inner answer's Graph error as if debug_token had been called directly, without the token", async () => {
    const envelope = { error: { message: `Invalid OAuth access token ${BUSINESS_TOKEN}`, type: 'OAuthException', code: 190, fbtrace_id: 'AinnerTrace' } };
    debugTokenBatch(() => [item(envelope, 401)]);
    const logger = captureLogger();
    const error = await makeClient({ logger, logLevel: 'debug' }).embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN }).catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: 190, method: 'GET', path: '/v23.0/debug_token' });
    expect(allText(error, logger.lines)).not.toContain(BUSINESS_TOKEN);
    expect(logger.lines.join('\n')).toContain('debug_token');
  });

  it('maps an error of the batch itself (the outer answer) the same way', async () => {
    debugTokenBatch(() => graphError({ code: 190, status: 401, message: 'Invalid OAuth access token' }));
    const error = await makeClient().embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN }).catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
  });

  it('rejects a batch reply that is not one answer as an invalid response', async () => {
    for (const reply of [{ data: [] }, [], [item(GRANTS), item(GRANTS)], [{ body: '{}' }]]) {
      debugTokenBatch(() => reply);
      const error = await makeClient().embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN }).catch((e: unknown) => e);
      expect(isValidationError(error), JSON.stringify(reply)).toBe(true);
      expect(error).toMatchObject({ direction: 'response', subject: 'EmbeddedSignup.sharedWabaIds batch response' });
    }
  });

  describe('an item that did not complete within the batch (null)', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('is a transient server error, retried like any safe read', async () => {
      const seen = debugTokenBatch((n) => (n === 0 ? [null] : [item(GRANTS)]));
      const result = makeClient({ maxRetries: 2 }).embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN });
      await vi.advanceTimersByTimeAsync(60_000);
      await expect(result).resolves.toEqual([WABA, WABA2]);
      expect(seen.batches).toHaveLength(2);
    });

    it('fails as a ServerError once the retries are spent', async () => {
      debugTokenBatch(() => [null]);
      const result = makeClient({ maxRetries: 1 }).embeddedSignup.sharedWabaIds({ inputToken: BUSINESS_TOKEN }).catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(60_000);
      const error = await result;
      expect(isServerError(error)).toBe(true);
      expect(error).toMatchObject({ status: 504, attempts: 2 });
    });
  });
});

describe('embeddedSignup.completeSignup', () => {
  it('exchanges, discovers, subscribes every WABA and registers the number with the business token', async () => {
    oauthOk();
    debugTokenBatch(() => [item({ data: { granular_scopes: [{ scope: 'whatsapp_business_management', target_ids: [WABA, WABA2] }] } })]);
    const auth: Record<string, string | null> = {};
    const posts: { url: string; body: unknown }[] = [];
    server.use(
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
    debugTokenBatch(() => [item({ data: { granular_scopes: [] } })]);
    const result = await makeClient().embeddedSignup.completeSignup({ appId: APP_ID, appSecret: APP_SECRET, code: CODE });
    expect(result).toMatchObject({ wabaIds: [], complete: false, failures: [] });
  });
});
