/**
 * The per-client reuse of the warm path (issue #12): redactor, logger, headers and settings are built once per
 * token and shared by calls — never across tokens, never for a call with its own secrets, never stale.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { captureLogger, makeClient } from '../helpers/client.js';
import { GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const PHONE = '106540352242922';
const NODE = `${GRAPH}/v23.0/${PHONE}`;

function recordGets() {
  const seen: Request[] = [];
  server.use(
    http.get(NODE, ({ request }) => {
      seen.push(request);
      return HttpResponse.json({ id: PHONE });
    }),
  );
  return seen;
}

describe('per-client reuse between calls', () => {
  it('a rotating token: each call sends the current one, and an error echoing it is redacted', async () => {
    const tokens = ['EAAfirstTokenValue111111', 'EAAfirstTokenValue111111', 'EAAsecondTokenValue22222'];
    let next = 0;
    const logger = captureLogger();
    const phone = makeClient({ accessToken: () => tokens[Math.min(next++, tokens.length - 1)]!, logger, logLevel: 'debug' }).phoneNumber(PHONE);
    const seen: (string | null)[] = [];
    server.use(
      http.get(NODE, ({ request }) => {
        const authorization = request.headers.get('authorization');
        seen.push(authorization);
        return seen.length < 3 ? HttpResponse.json({ id: PHONE }) : graphError({ status: 400, code: 100, details: `bad ${authorization}` });
      }),
    );
    await phone.retrieve();
    await phone.retrieve();
    const error = (await phone.retrieve().catch((e: unknown) => e)) as Error;
    expect(seen).toEqual(tokens.map((token) => `Bearer ${token}`));
    expect(error.message).toContain('[REDACTED]');
    expect(`${error.message}\n${JSON.stringify(error)}\n${logger.lines.join('\n')}`).not.toContain(tokens[2]);
  });

  it('a per-call token, headers, timeout and signal win for that call only', async () => {
    const seen = recordGets();
    const phone = makeClient().phoneNumber(PHONE);
    await phone.retrieve();
    await phone.retrieve({}, { accessToken: 'EAAcallTokenValue3333333', headers: { 'x-call': '1' }, timeout: 5_000, signal: new AbortController().signal });
    await phone.retrieve();
    expect(seen.map((r) => [r.headers.get('authorization'), r.headers.get('x-call')])).toEqual([
      [expect.stringMatching(/^Bearer EAAG/), null],
      ['Bearer EAAcallTokenValue3333333', '1'],
      [expect.stringMatching(/^Bearer EAAG/), null],
    ]);
    const aborted = new AbortController();
    aborted.abort();
    await expect(phone.retrieve({}, { signal: aborted.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('client headers changed after construction are sent on the next call (not a stale copy)', async () => {
    const seen = recordGets();
    const headers: Record<string, string> = { 'x-tenant': 'a' };
    const phone = makeClient({ headers }).phoneNumber(PHONE);
    await phone.retrieve();
    headers['x-tenant'] = 'b';
    await phone.retrieve();
    headers['x-extra'] = 'c';
    await phone.retrieve();
    delete headers['x-extra'];
    delete headers['x-tenant'];
    await phone.retrieve();
    expect(seen.map((r) => [r.headers.get('x-tenant'), r.headers.get('x-extra')])).toEqual([
      ['a', null],
      ['b', null],
      ['b', 'c'],
      [null, null],
    ]);
  });

  it('a call with a PIN redacts it in its error and logs, between plain calls that share state', async () => {
    const pin = '482913';
    const logger = captureLogger();
    const phone = makeClient({ logger, logLevel: 'debug' }).phoneNumber(PHONE);
    recordGets();
    server.use(
      http.post(`${NODE}/register`, async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        return graphError({ code: 133005, details: `PIN ${String(body['pin'])} mismatch` });
      }),
    );
    await phone.retrieve();
    const error = (await phone.register({ pin }).catch((e: unknown) => e)) as Error;
    await phone.retrieve();
    expect(error.message).toContain('[REDACTED]');
    expect(`${error.message}\n${JSON.stringify(error)}\n${logger.lines.join('\n')}`).not.toContain(pin);
  });
});
