import { describe, expect, it, vi } from 'vitest';
import type { APIError } from '../../src/errors/api-error.js';
import { isIdentityMismatchError } from '../../src/errors/guards.js';
import { isWebhookHandshakeError, isWebhookPayloadError, isWebhookSignatureError } from '../../src/webhooks/errors.js';
import type { MessageStatusEvent, WebhookChangeEvent, WebhookEvent } from '../../src/webhooks/events.js';
import { createWebhookHandler, type WebhookHandlerOptions } from '../../src/webhooks/handler.js';
import { fixture, fixtureNames, nodeSignature, rawFixture } from './fixtures.js';

const SECRET = 'handler-app-secret-7f3a';
const OLD_SECRET = 'handler-old-secret-19c2';
const TOKEN = 'handler-verify-token-55e1';
const URL_BASE = 'https://hooks.example.com/whatsapp';

function post(body: string | Uint8Array<ArrayBuffer>, signature: string | null = nodeSignature(body, SECRET), extra: Record<string, string> = {}): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...extra };
  if (signature !== null) headers['X-Hub-Signature-256'] = signature;
  return new Request(URL_BASE, { method: 'POST', body, headers });
}

function get(params: Record<string, string>): Request {
  return new Request(`${URL_BASE}?${new URLSearchParams(params).toString()}`);
}

function make(overrides: Partial<WebhookHandlerOptions> = {}) {
  const changes: WebhookChangeEvent[] = [];
  const statuses: MessageStatusEvent[] = [];
  const statusErrors: APIError[] = [];
  const errors: { error: unknown; event: WebhookEvent | undefined }[] = [];
  const handler = createWebhookHandler({
    appSecret: SECRET,
    verifyToken: TOKEN,
    onChange: (event) => void changes.push(event),
    onStatus: (event) => void statuses.push(event),
    onStatusError: (error) => void statusErrors.push(error),
    onError: (error, event) => void errors.push({ error, event }),
    ...overrides,
  } as WebhookHandlerOptions);
  return { handler, changes, statuses, statusErrors, errors };
}

describe('createWebhookHandler — GET handshake', () => {
  it('echoes the challenge as text/plain when the token matches, with no signature involved', async () => {
    const { handler } = make();
    const response = await handler(get({ 'hub.mode': 'subscribe', 'hub.verify_token': TOKEN, 'hub.challenge': '1158201444' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
    expect(response.headers.get('content-type')).toContain('text/plain');
  });

  it('answers 403 with a generic body on a wrong token or mode, and reports why to onError', async () => {
    const { handler, errors } = make();
    for (const params of [
      { 'hub.mode': 'subscribe', 'hub.verify_token': 'nope', 'hub.challenge': '1' },
      { 'hub.mode': 'unsubscribe', 'hub.verify_token': TOKEN, 'hub.challenge': '1' },
      {},
    ]) {
      const response = await handler(get(params));
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('Forbidden');
    }
    expect(errors.map(({ error }) => isWebhookHandshakeError(error) && error.reason)).toEqual(['token-mismatch', 'wrong-mode', 'wrong-mode']);
  });
});

describe('createWebhookHandler — POST signature', () => {
  const body = JSON.stringify(fixture('account_review_update.approved'));

  it('401 without the header, 403 when malformed or wrong; callbacks never run; bodies stay generic', async () => {
    const { handler, changes, errors } = make();
    const cases: [Request, number, string][] = [
      [post(body, null), 401, 'missing'],
      [post(body, 'sha256=xyz'), 403, 'malformed'],
      [post(body, `sha1=${'a'.repeat(40)}`), 403, 'unsupported-algorithm'],
      [post(body, nodeSignature(body, 'wrong-secret')), 403, 'mismatch'],
      [post(`${body} `, nodeSignature(body, SECRET)), 403, 'mismatch'],
    ];
    for (const [request, status] of cases) {
      const response = await handler(request);
      expect(response.status).toBe(status);
      expect(['Unauthorized', 'Forbidden']).toContain(await response.text());
    }
    expect(changes).toEqual([]);
    expect(errors.map(({ error }) => isWebhookSignatureError(error) && error.reason)).toEqual(cases.map(([, , reason]) => reason));
  });

  it('accepts the previous secret during a rotation', async () => {
    const { handler, changes } = make({ appSecrets: [SECRET, OLD_SECRET] } as Partial<WebhookHandlerOptions>);
    expect((await handler(post(body, nodeSignature(body, OLD_SECRET)))).status).toBe(200);
    expect(changes).toHaveLength(1);
  });

  it('verifies the raw bytes: Meta\'s escaped-unicode body passes, its re-serialization does not', async () => {
    const raw = rawFixture('escaped-unicode.json.txt');
    const signature = nodeSignature(raw, SECRET);
    const onMessage = vi.fn();
    const { handler } = make({ onMessage });
    expect((await handler(post(raw, signature))).status).toBe(200);
    expect(onMessage).toHaveBeenCalledOnce();
    const reserialized = JSON.stringify(JSON.parse(new TextDecoder().decode(raw)));
    expect((await handler(post(reserialized, signature))).status).toBe(403);
  });

  it('never leaks the app secret or verify token in responses or reported errors', async () => {
    const { handler, errors } = make();
    const responses = await Promise.all([
      handler(post(body, nodeSignature(body, 'x'))),
      handler(post(body, null)),
      handler(get({ 'hub.mode': 'subscribe', 'hub.verify_token': `${TOKEN}x`, 'hub.challenge': '1' })),
    ]);
    const texts = [...(await Promise.all(responses.map((response) => response.text()))), ...errors.map(({ error }) => `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ''}`)];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });
});

describe('createWebhookHandler — parsing and dispatch', () => {
  it.each(fixtureNames().filter((name) => !name.startsWith('messages.')))('%s reaches onChange typed', async (name) => {
    const { handler, changes } = make();
    const body = JSON.stringify(fixture(name));
    expect((await handler(post(body))).status).toBe(200);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.change.field).toBe(name.split('.')[0]);
    expect(changes[0]?.change.type).not.toBe('invalid');
  });

  it('maps a 137000 status error to IdentityMismatchError for onStatusError, after onStatus', async () => {
    const order: string[] = [];
    const { handler } = make({
      onStatus: ({ status }) => void order.push(`status ${status.status}`),
      onStatusError: (error, { status }) => void order.push(`${error.name} ${isIdentityMismatchError(error)} ${status.recipient_identity_key_hash}`),
    });
    expect((await handler(post(JSON.stringify(fixture('messages.status-failed-identity-mismatch'))))).status).toBe(200);
    expect(order).toEqual(['status failed', 'IdentityMismatchError true DF2lS5v2W6x=']);
  });

  it('400 for a signed body that is not a webhook; 405 for other methods; 413 above maxBodyBytes', async () => {
    const { handler, errors } = make({ maxBodyBytes: 64 });
    expect((await handler(post('not json'))).status).toBe(400);
    expect((await handler(post('{"entry":1}'))).status).toBe(400);
    const put = await handler(new Request(URL_BASE, { method: 'PUT', body: '{}' }));
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect((await handler(post('x'.repeat(65)))).status).toBe(413);
    // A declared content-length over the limit is refused before reading anything.
    expect((await handler(post('{}', null, { 'content-length': '1000000' }))).status).toBe(413);
    // Without a content-length (streamed), the limit is enforced while reading.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new Uint8Array(10));
        controller.close();
      },
    });
    const streamed = new Request(URL_BASE, { method: 'POST', body: stream, duplex: 'half', headers: { 'x-hub-signature-256': 'sha256=00' } } as RequestInit);
    expect((await handler(streamed)).status).toBe(413);
    expect(errors.map(({ error }) => isWebhookPayloadError(error) && error.reason)).toEqual(['invalid-json', 'invalid-envelope', 'too-large', 'too-large', 'too-large']);
  });

  it('skips events that have no callback, without touching the store', async () => {
    const claim = vi.fn(async () => true);
    const store = { claim, complete: vi.fn(async () => undefined), release: vi.fn(async () => undefined) };
    const handler = createWebhookHandler({ appSecret: SECRET, verifyToken: TOKEN, dedupeStore: store, onChange: () => undefined });
    expect((await handler(post(JSON.stringify(fixture('messages.status-delivered'))))).status).toBe(200);
    expect(claim).not.toHaveBeenCalled();
  });
});

describe('createWebhookHandler — redeliveries', () => {
  it('runs each event once across concurrent and repeated deliveries of the same payloads', async () => {
    const { handler, changes, statuses } = make();
    const bodies = ['account_update.partner-added', 'messages.status-sent-with-identity-hash', 'messages.status-delivered'].map((name) => JSON.stringify(fixture(name)));
    const deliveries = [...bodies, ...bodies, ...bodies.slice().reverse(), bodies[1] as string];
    const responses = await Promise.all(deliveries.map((body) => handler(post(body))));
    expect(responses.map((response) => response.status)).toEqual(deliveries.map(() => 200));
    for (const body of bodies) expect((await handler(post(body))).status).toBe(200);
    expect(changes).toHaveLength(1);
    expect(statuses.map((event) => event.id).sort()).toEqual([
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA:delivered',
      'wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MTE5MjVBOTE3MDk5QUVFM0YA:sent',
    ]);
  });

  it('answers 500 when a callback throws, so Meta redelivers; only the failed event runs again', async () => {
    const seen: string[] = [];
    let failNext = true;
    const { handler, errors } = make({
      onStatus: ({ status }) => {
        seen.push(status.status);
        if (status.status === 'delivered' && failNext) {
          failNext = false;
          throw new Error('database unavailable');
        }
      },
    });
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value: { statuses: [{ id: 'w1', status: 'sent' }, { id: 'w1', status: 'delivered' }, { id: 'w1', status: 'read' }] } }] }],
    });
    expect((await handler(post(body))).status).toBe(500);
    expect(seen).toEqual(['sent', 'delivered', 'read']);
    expect(errors[0]?.event?.id).toBe('w1:delivered');
    expect((await handler(post(body))).status).toBe(200);
    expect(seen).toEqual(['sent', 'delivered', 'read', 'delivered']);
  });

  it('with waitUntil, answers 200 before the callbacks finish; a late failure goes to onError only', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pending: Promise<unknown>[] = [];
    const { handler, errors } = make({
      onChange: async () => {
        await gate;
        throw new Error('late');
      },
    });
    const response = await handler(post(JSON.stringify(fixture('security.pin-reset-request'))), { waitUntil: (promise) => void pending.push(promise) });
    expect(response.status).toBe(200);
    expect(pending).toHaveLength(1);
    release();
    await Promise.all(pending);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]?.error)).toContain('late');
  });
});

describe('createWebhookHandler — configuration', () => {
  it('throws a TypeError at creation for an empty secret or verify token, without echoing them', () => {
    expect(() => createWebhookHandler({ appSecret: '', verifyToken: TOKEN })).toThrow(TypeError);
    expect(() => createWebhookHandler({ appSecrets: [SECRET, ''], verifyToken: TOKEN })).toThrow(TypeError);
    expect(() => createWebhookHandler({ appSecret: SECRET, verifyToken: '' })).toThrow(TypeError);
    try {
      createWebhookHandler({ appSecret: SECRET, verifyToken: '' });
    } catch (error) {
      expect(String(error)).not.toContain(SECRET);
    }
  });

  it('an onError hook that throws does not break the response', async () => {
    const handler = createWebhookHandler({
      appSecret: SECRET,
      verifyToken: TOKEN,
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect((await handler(post('{}', null))).status).toBe(401);
  });
});
