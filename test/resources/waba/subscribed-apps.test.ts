import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { isPermissionError, isValidationError } from '../../../src/errors/guards.js';
import { captureLogger, makeClient } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const WABA = '102290129340398';
const EDGE = `${GRAPH}/v23.0/${WABA}/subscribed_apps`;
const VERIFY_TOKEN = 'verify-token-s3cr3t-value';

describe('waba.subscribedApps.subscribe', () => {
  it('POSTs without a body to subscribe the app', async () => {
    let body: unknown;
    server.use(http.post(EDGE, async ({ request }) => ((body = await request.json()), HttpResponse.json({ success: true }))));
    await expect(makeClient().waba(WABA).subscribedApps.subscribe()).resolves.toEqual({ success: true });
    expect(body).toEqual({});
  });

  it('POSTs the callback override and verify token', async () => {
    let body: unknown;
    server.use(http.post(EDGE, async ({ request }) => ((body = await request.json()), HttpResponse.json({ success: true }))));
    await makeClient().waba(WABA).subscribedApps.subscribe({ override_callback_uri: 'https://hooks.example.com/wa', verify_token: VERIFY_TOKEN });
    expect(body).toEqual({ override_callback_uri: 'https://hooks.example.com/wa', verify_token: VERIFY_TOKEN });
  });

  it('rejects http URLs, URLs over 200 characters and a URL without token, sending nothing', async () => {
    const counter = countRequests();
    const apps = makeClient().waba(WABA).subscribedApps;
    const bad: unknown[] = [
      { override_callback_uri: 'http://hooks.example.com/wa', verify_token: VERIFY_TOKEN },
      { override_callback_uri: `https://example.com/${'a'.repeat(190)}`, verify_token: VERIFY_TOKEN },
      { override_callback_uri: 'https://hooks.example.com/wa' },
      { verify_token: VERIFY_TOKEN },
      { override_callback_uri: 'https://hooks.example.com/wa', verify_token: '' },
      { callback: 'https://hooks.example.com/wa' },
    ];
    for (const params of bad) {
      const error = await apps.subscribe(params as never).catch((e: unknown) => e);
      expect(isValidationError(error), JSON.stringify(params)).toBe(true);
      expect(String((error as Error).message)).not.toContain(VERIFY_TOKEN);
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });

  it('never puts the verify token in a log line or an error', async () => {
    server.use(http.post(EDGE, () => graphError({ code: 100, message: `(#100) bad verify_token ${VERIFY_TOKEN}`, details: VERIFY_TOKEN })));
    const logger = captureLogger();
    const error = await makeClient({ logger, logLevel: 'debug' })
      .waba(WABA)
      .subscribedApps.subscribe({ override_callback_uri: 'https://hooks.example.com/wa', verify_token: VERIFY_TOKEN })
      .catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain(VERIFY_TOKEN);
    expect(String((error as Error).stack)).not.toContain(VERIFY_TOKEN);
    expect(logger.lines.join('\n')).not.toContain(VERIFY_TOKEN);
    expect(logger.lines.length).toBeGreaterThan(0);
  });

  it('is retried as safe (idempotent)', async () => {
    let calls = 0;
    server.use(http.post(EDGE, () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json({ success: true }))));
    vi.useFakeTimers();
    try {
      const result = makeClient({ maxRetries: 1 }).waba(WABA).subscribedApps.subscribe();
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(result).resolves.toEqual({ success: true });
      expect(calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('maps a permission error', async () => {
    server.use(http.post(EDGE, () => graphError({ status: 403, code: 200 })));
    expect(isPermissionError(await makeClient().waba(WABA).subscribedApps.subscribe().catch((e: unknown) => e))).toBe(true);
  });
});

describe('waba.subscribedApps.list', () => {
  it('GETs the edge and parses the documented item shape (§8: whatsapp_business_api_data)', async () => {
    let url: URL | undefined;
    server.use(
      http.get(EDGE, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({
          data: [
            { whatsapp_business_api_data: { id: '1234567890123456', name: 'Business Messaging App', link: 'https://www.facebook.com/games/?app_id=1234567890123456' } },
            { whatsapp_business_api_data: { id: '67084548', name: 'Jaspers Market', link: 'https://example.com' }, override_callback_uri: 'https://hooks.example.com/wa' },
          ],
        });
      }),
    );
    const page = await makeClient().waba(WABA).subscribedApps.list();
    expect([...url!.searchParams.keys()]).toEqual([]);
    expect(page.data.map((app) => app.whatsapp_business_api_data.id)).toEqual(['1234567890123456', '67084548']);
    expect(page.data[1]?.override_callback_uri).toBe('https://hooks.example.com/wa');
  });

  it("rejects the spec's flat { id, name } items as an unexpected response", async () => {
    server.use(http.get(EDGE, () => HttpResponse.json({ data: [{ id: '1', name: 'x' }] })));
    const error = await makeClient().waba(WABA).subscribedApps.list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isValidationError(error)).toBe(true);
    expect((error as { direction?: string }).direction).toBe('response');
  });

  it('walks pages with the after cursor', async () => {
    const afters: (string | null)[] = [];
    server.use(
      http.get(EDGE, ({ request }) => {
        const after = new URL(request.url).searchParams.get('after');
        afters.push(after);
        return after === null
          ? HttpResponse.json({ data: [{ whatsapp_business_api_data: { id: '1' } }], paging: { cursors: { after: 'C1' }, next: 'https://graph.facebook.com/next' } })
          : HttpResponse.json({ data: [{ whatsapp_business_api_data: { id: '2' } }] });
      }),
    );
    const ids: string[] = [];
    for await (const app of makeClient().waba(WABA).subscribedApps.list()) ids.push(app.whatsapp_business_api_data.id);
    expect(ids).toEqual(['1', '2']);
    expect(afters).toEqual([null, 'C1']);
  });
});

describe('waba.subscribedApps.unsubscribe', () => {
  it('sends DELETE to the edge', async () => {
    let method = '';
    server.use(http.delete(EDGE, ({ request }) => ((method = request.method), HttpResponse.json({ success: true }))));
    await expect(makeClient().waba(WABA).subscribedApps.unsubscribe()).resolves.toEqual({ success: true });
    expect(method).toBe('DELETE');
  });

  it('maps a Graph error', async () => {
    server.use(http.delete(EDGE, () => graphError({ status: 403, code: 10 })));
    expect(isPermissionError(await makeClient().waba(WABA).subscribedApps.unsubscribe().catch((e: unknown) => e))).toBe(true);
  });
});
