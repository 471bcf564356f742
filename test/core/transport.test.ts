import { describe, expect, it } from 'vitest';
import { Transport } from '../../src/core/transport.js';

/** A transport whose fetch records the URL and method of every request and answers 200 `{}`. */
function recording(baseUrl: string) {
  const seen: { url: string; method: string; body: string }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    seen.push({ url: request.url, method: request.method, body: await request.text() });
    return new Response('{}', { status: 200 });
  };
  return { transport: new Transport({ baseUrl, fetch }), seen };
}

const send = (transport: Transport, request: Partial<Parameters<Transport['send']>[0]>) =>
  transport.send({ method: 'GET', path: '', headers: {}, timeoutMs: 1_000, ...request });

describe('Transport URLs (the base URL is resolved once, the query appended as given)', () => {
  it.each([
    ['https://graph.facebook.com', 'v23.0/106540352242922', 'fields=status%2Cthroughput', 'https://graph.facebook.com/v23.0/106540352242922?fields=status%2Cthroughput'],
    ['https://graph.facebook.com/', 'v23.0/1', '', 'https://graph.facebook.com/v23.0/1'],
    ['https://graph.example.test/proxy/', 'v23.0/1', 'a=1', 'https://graph.example.test/proxy/v23.0/1?a=1'],
    ['https://graph.example.test/proxy', 'v23.0/1', undefined, 'https://graph.example.test/proxy/v23.0/1'],
    ['https://cams.example.test', '?Action=X&b=%2F', undefined, 'https://cams.example.test/?Action=X&b=%2F'],
    ['https://cams.example.test', '', undefined, 'https://cams.example.test/'],
    ['https://cams.example.test', '?Action=X', 'more=1', 'https://cams.example.test/?Action=X&more=1'],
    // Not plain relative paths: resolved the way `new URL(path, base)` does, as ky's baseUrl did.
    ['https://graph.example.test/proxy/', '/v23.0/1', undefined, 'https://graph.example.test/v23.0/1'],
    ['https://graph.example.test/?tenant=1', 'v23.0/1', 'a=1', 'https://graph.example.test/v23.0/1?a=1'],
    ['https://graph.example.test/a/', 'v23.0/../x', undefined, 'https://graph.example.test/a/x'],
  ])('%s + %s (query %s) → %s', async (baseUrl, path, query, expected) => {
    const { transport, seen } = recording(baseUrl);
    const response = await send(transport, { path, query });
    expect(response.status).toBe(200);
    expect(seen.map((s) => s.url)).toEqual([expected]);
  });

  it('sends the method and the JSON body it is given (GET is the default)', async () => {
    const { transport, seen } = recording('https://graph.example.test');
    await send(transport, { method: 'POST', path: 'v23.0/1/register', json: { pin: '123456' } });
    await send(transport, { method: 'DELETE', path: 'v23.0/1' });
    await send(transport, { path: 'v23.0/1' });
    expect(seen.map((s) => [s.method, s.body])).toEqual([
      ['POST', '{"pin":"123456"}'],
      ['DELETE', ''],
      ['GET', ''],
    ]);
  });

  it('an invalid base URL fails the attempt as "never sent", not the constructor', async () => {
    const transport = new Transport({ baseUrl: 'not a url', fetch: async () => new Response('{}') });
    await expect(send(transport, { path: 'v23.0/1' })).rejects.toMatchObject({ kind: 'connection', sent: 'no' });
  });
});
