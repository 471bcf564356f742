import { afterEach, describe, expect, it, vi } from 'vitest';
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

/**
 * A fetch that never answers by itself: it settles only when the signal it got aborts — in `init` (how the
 * global fetch is called) or inside the request (how a caller's own fetch is called).
 */
function hanging(as: 'custom fetch' | 'global fetch') {
  const signals: AbortSignal[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
      if (!signal) return reject(new Error('no signal reached fetch'));
      signals.push(signal);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  if (as === 'global fetch') vi.stubGlobal('fetch', fetch);
  return { transport: new Transport({ baseUrl: 'https://graph.example.test', ...(as === 'custom fetch' ? { fetch } : {}) }), signals };
}

describe.each(['custom fetch', 'global fetch'] as const)('Transport aborts through a %s (the attempt signal reaches fetch beside ky, issue #12)', (as) => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("hands fetch the attempt's own signal, which the per-attempt timer aborts: a timeout", async () => {
    vi.useFakeTimers();
    const { transport, signals } = hanging(as);
    const attempt = send(transport, { path: 'v23.0/1', timeoutMs: 5_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]!.aborted).toBe(true);
    await expect(attempt).resolves.toMatchObject({ kind: 'timeout', sent: 'maybe' });
  });

  it("aborts fetch's signal when the caller's signal aborts: an abort", async () => {
    const { transport, signals } = hanging(as);
    const caller = new AbortController();
    const attempt = send(transport, { path: 'v23.0/1', signal: caller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    caller.abort(new Error('user cancelled'));
    await expect(attempt).resolves.toMatchObject({ kind: 'abort', sent: 'maybe' });
    expect(signals[0]!.aborted).toBe(true);
  });

  it('combines no signals per attempt (no AbortSignal.any), with or without a caller signal', async () => {
    const any = vi.spyOn(AbortSignal, 'any');
    if (as === 'global fetch') vi.stubGlobal('fetch', async () => new Response('{}'));
    const transport = as === 'global fetch' ? new Transport({ baseUrl: 'https://graph.example.test' }) : recording('https://graph.example.test').transport;
    await send(transport, { path: 'v23.0/1' });
    await send(transport, { path: 'v23.0/1', signal: new AbortController().signal });
    expect(any).not.toHaveBeenCalled();
  });
});
