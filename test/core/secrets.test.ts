/**
 * Reliability G8: generated tokens, app secrets, PINs and codes never appear in any error surface
 * (message, stack, cause, toJSON, JSON.stringify, util.inspect, String) nor in log output — also URL- and
 * base64-encoded.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { collectParamSecrets, collectSecrets } from '../../src/core/secrets.js';
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

describe('collectParamSecrets (the params walk is skipped for schemas that cannot carry a secret)', () => {
  const keys = fc.constantFrom('fields', 'limit', 'pin', 'code', 'name', 'hub.verify_token', 'Password', 'after');
  const tree = fc.letrec<{ node: z.ZodMiniType }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom<z.ZodMiniType>(z.string(), z.number(), z.boolean(), z.literal('x'), z.enum(['A', 'B'])),
      tie('node').map((inner) => z.optional(inner)),
      tie('node').map((inner) => z.array(inner)),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => z.union([a, b])),
      fc.tuple(fc.constantFrom('strip', 'strict', 'loose'), fc.dictionary(keys, tie('node'), { maxKeys: 3 })).map(([mode, shape]) =>
        mode === 'strip' ? z.object(shape) : mode === 'strict' ? z.strictObject(shape) : z.looseObject(shape),
      ),
      tie('node').map((inner) => z.record(z.string(), inner)),
      fc.constant<z.ZodMiniType>(z.unknown()),
    ),
  }));
  const value = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('482913', 'x', 'A', 7, true),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(keys, tie('v'), { maxKeys: 4 }),
    ),
  }));

  it('whenever the walk is skipped, nothing secret-named survives validation (so nothing can reach the wire)', () => {
    fc.assert(
      fc.property(tree.node, value.v, (schema, input) => {
        const found = collectParamSecrets(schema, input);
        const parsed = schema.safeParse(input);
        if (found.length === 0 && parsed.success) expect(collectSecrets(parsed.data)).toEqual([]);
        // When it walks, it finds what the plain walk finds.
        if (found.length > 0) expect(found).toEqual(collectSecrets(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('decides by the SDK schemas: reads with `fields` skip the walk, PIN and code params do not', () => {
    const fieldsOnly = z.object({ fields: z.optional(z.array(z.string())) });
    expect(collectParamSecrets(fieldsOnly, { fields: ['status'], pin: '482913' })).toEqual([]);
    expect(collectParamSecrets(z.object({ pin: z.string() }), { pin: '482913' })).toEqual(['482913']);
    expect(collectParamSecrets(z.looseObject({}), { code: '123456' })).toEqual(['123456']);
    expect(collectParamSecrets(undefined, { code: '123456' })).toEqual(['123456']);
    expect(collectParamSecrets(fieldsOnly, undefined)).toEqual([]);
    // Array indexes are not keys to test; elements still are walked.
    expect(collectSecrets([{ pin: '482913' }, ['x', { code: '654321' }]])).toEqual(['482913', '654321']);
  });
});
