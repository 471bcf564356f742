import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { WabaClient } from '../../src/client.js';
import {
  isRegistrationQuotaError,
  isRegistrationRateLimitError,
  isValidationError,
} from '../../src/errors/guards.js';
import { captureLogger, makeClient, silentLogger, TEST_TOKEN } from '../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const PHONE = '106540352242922';
const NODE = `${GRAPH}/v23.0/${PHONE}`;

describe('request pipeline', () => {
  it('sends the token only in the Authorization header, never in the URL', async () => {
    const seen: Request[] = [];
    server.use(
      http.get(NODE, ({ request }) => {
        seen.push(request);
        return HttpResponse.json({ id: PHONE });
      }),
    );
    await makeClient().phoneNumber(PHONE).retrieve({ fields: ['status'] });
    const request = seen[0]!;
    expect(request.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(new URL(request.url).searchParams.has('access_token')).toBe(false);
    expect(request.url).not.toContain(TEST_TOKEN);
    expect(new URL(request.url).searchParams.get('fields')).toBe('status');
    expect(request.headers.get('user-agent')).toMatch(/^wabakit\//);
  });

  it('computes appsecret_proof = HMAC-SHA256(app secret, token): body for POST, query for GET', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 64 }).filter((s) => s.trim() !== ''), fc.string({ minLength: 8, maxLength: 40 }), async (token, secret) => {
        const expected = createHmac('sha256', secret).update(token).digest('hex');
        let queryProof: string | null = null;
        let bodyProof: unknown;
        server.use(
          http.get(NODE, ({ request }) => {
            queryProof = new URL(request.url).searchParams.get('appsecret_proof');
            return HttpResponse.json({ id: PHONE });
          }),
          http.post(`${NODE}/register`, async ({ request }) => {
            bodyProof = ((await request.json()) as Record<string, unknown>)['appsecret_proof'];
            return HttpResponse.json({ success: true });
          }),
        );
        const client = makeClient({ accessToken: token, appSecret: secret });
        await client.phoneNumber(PHONE).retrieve();
        await client.phoneNumber(PHONE).register({ pin: '123456' });
        expect(queryProof).toBe(expected);
        expect(bodyProof).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('sends no appsecret_proof without an app secret', async () => {
    let url = '';
    server.use(http.get(NODE, ({ request }) => ((url = request.url), HttpResponse.json({ id: PHONE }))));
    await makeClient().phoneNumber(PHONE).retrieve();
    expect(url).not.toContain('appsecret_proof');
  });

  it('reads a rotating token from a function on every call, and a per-call token overrides it', async () => {
    const tokens = ['token-one-aaaa', 'token-two-bbbb'];
    const auth: string[] = [];
    server.use(http.get(NODE, ({ request }) => (auth.push(request.headers.get('authorization')!), HttpResponse.json({ id: PHONE }))));
    const client = makeClient({ accessToken: async () => tokens.shift()! });
    await client.phoneNumber(PHONE).retrieve();
    await client.phoneNumber(PHONE).retrieve();
    await client.phoneNumber(PHONE).retrieve({}, { accessToken: 'per-call-token' });
    expect(auth).toEqual(['Bearer token-one-aaaa', 'Bearer token-two-bbbb', 'Bearer per-call-token']);
  });

  it('uses the per-call apiVersion and merges headers', async () => {
    const seen: Request[] = [];
    server.use(http.get(`${GRAPH}/v24.0/${PHONE}`, ({ request }) => (seen.push(request), HttpResponse.json({ id: PHONE }))));
    await makeClient({ headers: { 'x-app': 'demo' } })
      .phoneNumber(PHONE)
      .retrieve({}, { apiVersion: 'v24.0', headers: { 'x-call': '1' } });
    expect(seen[0]!.headers.get('x-app')).toBe('demo');
    expect(seen[0]!.headers.get('x-call')).toBe('1');
  });

  it('sends register as Meta documents it: messaging_product, pin as a string, region', async () => {
    let body: unknown;
    server.use(http.post(`${NODE}/register`, async ({ request }) => ((body = await request.json()), HttpResponse.json({ success: true }))));
    await expect(makeClient().phoneNumber(PHONE).register({ pin: '000123', data_localization_region: 'SG' })).resolves.toEqual({ success: true });
    expect(body).toEqual({ messaging_product: 'whatsapp', pin: '000123', data_localization_region: 'SG' });
  });

  it.each([
    ['a 5-digit PIN', { pin: '12345' }],
    ['a numeric PIN', { pin: 123456 }],
    ['a full-width PIN', { pin: '１２３４５６' }],
    ['an unknown region', { pin: '123456', data_localization_region: 'US' }],
    ['a misspelt field', { pin: '123456', data_localisation_region: 'SG' }],
  ])('rejects %s before sending anything', async (_, params) => {
    const counter = countRequests();
    const error = await makeClient()
      .phoneNumber(PHONE)
      .register(params as never)
      .catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect((error as { direction: string }).direction).toBe('request');
    expect(counter.total()).toBe(0);
  });

  it.each(['../me', '', '+6581234567', '1065 4035', '123/register'])('refuses the id %j when the resource is made, before any request', (id) => {
    const counter = countRequests();
    expect(() => makeClient().phoneNumber(id)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    expect(() => makeClient().waba(id)).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('keeps fields Meta adds, and reports a broken shape as a response ValidationError with the trace id', async () => {
    server.use(http.get(NODE, () => HttpResponse.json({ id: PHONE, brand_new_field: { x: 1 } })));
    await expect(makeClient().phoneNumber(PHONE).retrieve()).resolves.toMatchObject({ brand_new_field: { x: 1 } });

    server.use(http.get(NODE, () => HttpResponse.json({ display_phone_number: 42 }, { headers: { 'x-fb-trace-id': 'TRACE1' } })));
    const error = await makeClient().phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ValidationError', direction: 'response', fbtraceId: 'TRACE1', status: 200 });

    // The escape hatch hands back Meta's answer as is.
    await expect(makeClient({ validateResponses: false }).phoneNumber(PHONE).retrieve()).resolves.toEqual({ display_phone_number: 42 });
  });

  it('accepts the legacy string "true" success of register', async () => {
    server.use(http.post(`${NODE}/register`, () => HttpResponse.json({ success: 'true' })));
    await expect(makeClient().phoneNumber(PHONE).register({ pin: '123456' })).resolves.toMatchObject({ success: true });
  });

  it('rejects bad client options up front', () => {
    expect(() => new WabaClient({ accessToken: '' })).toThrow(/accessToken/);
    expect(() => new WabaClient({ accessToken: 't0k3n-xx', timeout: -1 })).toThrow(/timeout/);
    expect(() => new WabaClient({ accessToken: 't0k3n-xx', maxRetries: 1.5 })).toThrow(/maxRetries/);
  });

  it('logs requests at debug level, redacted', async () => {
    server.use(http.post(`${NODE}/register`, () => HttpResponse.json({ success: true })));
    const logger = captureLogger();
    await makeClient({ logger, logLevel: 'debug' }).phoneNumber(PHONE).register({ pin: '987650' });
    expect(logger.lines.join('\n')).toContain(`POST /v23.0/${PHONE}/register`);
    expect(logger.lines.join('\n')).not.toContain('987650');
    expect(logger.lines.join('\n')).not.toContain(TEST_TOKEN);
  });
});

describe('registration guard in the pipeline', () => {
  it('refuses the 11th register in the window locally: 10 requests reach Graph, the 11th does not', async () => {
    server.use(http.post(`${NODE}/register`, () => HttpResponse.json({ success: true })));
    const client = makeClient({ registrationGuard: {} });
    const counter = countRequests();
    for (let i = 0; i < 10; i++) await client.phoneNumber(PHONE).register({ pin: '123456' });
    const error = await client.phoneNumber(PHONE).register({ pin: '123456' }).catch((e: unknown) => e);
    counter.stop();
    expect(counter.total()).toBe(10);
    expect(isRegistrationQuotaError(error)).toBe(true);
    // Deregistrations have their own count.
    server.use(http.post(`${NODE}/deregister`, () => HttpResponse.json({ success: true })));
    await expect(client.phoneNumber(PHONE).deregister()).resolves.toEqual({ success: true });
  });

  it('locks the action locally after a real 133016, and derived clients share the lock', async () => {
    server.use(http.post(`${NODE}/register`, () => graphError({ code: 133016, details: 'Rate limit exceeded' })));
    const client = makeClient({ registrationGuard: {} });
    const first = await client.phoneNumber(PHONE).register({ pin: '123456' }).catch((e: unknown) => e);
    expect(isRegistrationRateLimitError(first)).toBe(true);
    const counter = countRequests();
    const second = await client.withOptions({ timeout: 1_000 }).phoneNumber(PHONE).register({ pin: '123456' }).catch((e: unknown) => e);
    counter.stop();
    expect(isRegistrationQuotaError(second)).toBe(true);
    expect((second as { reason: string }).reason).toBe('locked-by-meta');
    expect(counter.total()).toBe(0);
  });
});

describe('withOptions', () => {
  it('derives a client with changed options and leaves the original alone', async () => {
    const versions: string[] = [];
    server.use(http.get(`${GRAPH}/:version/${PHONE}`, ({ params }) => (versions.push(String(params['version'])), HttpResponse.json({ id: PHONE }))));
    const client = makeClient({ logger: silentLogger });
    await client.withOptions({ apiVersion: 'v25.0' }).phoneNumber(PHONE).retrieve();
    await client.phoneNumber(PHONE).retrieve();
    expect(versions).toEqual(['v25.0', 'v23.0']);
  });
});
