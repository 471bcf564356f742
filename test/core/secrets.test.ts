/**
 * Reliability G8: generated tokens, app secrets, PINs and codes never appear in any error surface
 * (message, stack, cause, toJSON, JSON.stringify, util.inspect, String) nor in log output — also URL- and
 * base64-encoded.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureLogger, makeClient } from '../helpers/client.js';
import { GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';
import { settleWithFakeClock } from '../helpers/clock.js';

const PHONE = '106540352242922';
const NODE = `${GRAPH}/v23.0/${PHONE}`;

const token = fc.stringMatching(/^EAA[A-Za-z0-9]{20,60}$/);
const appSecret = fc.stringMatching(/^[a-f0-9]{32}$/);
const pin = fc.stringMatching(/^[0-9]{6}$/);

/** Every way a user might print an error. */
function surfaces(error: unknown): string {
  const e = error as Error & { cause?: unknown; toJSON?: () => unknown };
  return [
    String(e),
    e.message,
    e.stack ?? '',
    inspect(e, { depth: 10, showHidden: true }),
    JSON.stringify(e),
    JSON.stringify(e.toJSON?.() ?? {}),
    inspect(e.cause, { depth: 10, showHidden: true }),
  ].join('\n');
}

function encodings(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64').replace(/=+$/, '')];
}

type Scenario = { name: string; handler: () => Response | Promise<Response> };

const SCENARIOS: Scenario[] = [
  { name: 'PIN mismatch that echoes the request', handler: () => graphError({ code: 133005, message: 'PIN mismatch' }) },
  { name: 'network error', handler: () => HttpResponse.error() },
  { name: 'HTML 502', handler: () => new HttpResponse('<html>bad gateway</html>', { status: 502 }) },
  { name: 'malformed 200', handler: () => new HttpResponse('{"succ', { status: 200 }) },
  { name: 'auth error', handler: () => graphError({ status: 401, code: 190, subcode: 463 }) },
];

describe('secrets never leak', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  for (const scenario of SCENARIOS) {
    it(`through errors and logs: ${scenario.name}`, async () => {
      await fc.assert(
        fc.asyncProperty(token, appSecret, pin, async (accessToken, secret, pinValue) => {
          fc.pre(!PHONE.includes(pinValue) && !'v23.0'.includes(pinValue));
          // Meta may echo what it received; the echo must be redacted too.
          server.use(
            http.post(`${NODE}/register`, async ({ request }) => {
              const body = (await request.json()) as Record<string, unknown>;
              if (scenario.name.startsWith('PIN')) {
                return graphError({ code: 133005, message: `PIN ${String(body['pin'])} mismatch for ${request.headers.get('authorization')}`, details: `proof ${String(body['appsecret_proof'])}` });
              }
              return scenario.handler();
            }),
          );
          const logger = captureLogger();
          const client = makeClient({ accessToken, appSecret: secret, logger, logLevel: 'debug', maxRetries: 2 });
          const error = await settleWithFakeClock(client.phoneNumber(PHONE).register({ pin: pinValue }).catch((e: unknown) => e));
          const text = `${surfaces(error)}\n${logger.lines.join('\n')}`;
          for (const secretValue of [accessToken, secret, pinValue]) {
            for (const form of encodings(secretValue)) expect(text).not.toContain(form);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('through request-side validation errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9]{7,9}$/), async (badPin) => {
        const error = await makeClient().phoneNumber(PHONE).register({ pin: badPin }).catch((e: unknown) => e);
        expect(surfaces(error)).not.toContain(badPin);
      }),
      { numRuns: 200 },
    );
  });
});
