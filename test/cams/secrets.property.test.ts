/**
 * Reliability G8 on CAMS: a generated AccessKey secret, STS token and verification code — and the signature made
 * with them — never appear in a URL, a log line (debug included) or any error surface, also URL- and
 * base64-encoded, whatever the answer: a gateway or business error that echoes them, a lost connection, a
 * malformed 200. Each attempt's request is really verified (helpers/cams.ts), so the secrets were in use.
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CamsClient } from '../../src/cams/client.js';
import { settleWithFakeClock } from '../helpers/clock.js';
import { captureLogger } from '../helpers/client.js';
import { DIGITS, SPACE, useCams, type CamsSent } from './helpers/cams.js';

const keyId = fc.stringMatching(/^STS\.[A-Za-z0-9]{12,24}$/);
const secret = fc.stringMatching(/^[A-Za-z0-9+/=_-]{24,40}$/);
const token = fc.stringMatching(/^CAES[A-Za-z0-9+/=]{40,120}$/);
const code = fc.stringMatching(/^[0-9]{6}$/);

function surfaces(error: unknown): string {
  const e = error as Error & { cause?: unknown; toJSON?: () => unknown };
  return [String(e), e.message, e.stack ?? '', inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e), inspect(e.cause, { depth: 10, showHidden: true })].join('\n');
}

function encodings(value: string): string[] {
  return [value, encodeURIComponent(value), Buffer.from(value).toString('base64').replace(/=+$/, '')];
}

type Echo = (sent: CamsSent, secrets: readonly string[]) => Response;

const SCENARIOS: { name: string; answer: Echo }[] = [
  {
    name: 'HTTP 400 SignatureDoesNotMatch that echoes everything',
    answer: (sent, secrets) =>
      HttpResponse.json({ RequestId: 'R', Code: 'SignatureDoesNotMatch', Message: `Specified signature does not match. ${secrets.join(' ')} ${sent.headers['authorization']}` }, { status: 400 }),
  },
  {
    name: 'HTTP 200 business error that echoes the code',
    answer: (sent, secrets) => HttpResponse.json({ RequestId: 'R', Code: 'ERR-FB-001', Message: `(#136025) code ${secrets.join(',')} rejected ${sent.rawBody}`, Success: false }),
  },
  { name: 'non-JSON 502 echoing the token', answer: (_, secrets) => new HttpResponse(`<html>bad gateway ${secrets.join(' ')}</html>`, { status: 502 }) },
  { name: 'network error', answer: () => HttpResponse.error() },
  { name: 'malformed 200', answer: () => new HttpResponse('{"Code": "O', { status: 200 }) },
];

describe('CAMS secrets never leak', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  for (const scenario of SCENARIOS) {
    it(`through URLs, errors and logs: ${scenario.name}`, async () => {
      await fc.assert(
        fc.asyncProperty(keyId, secret, token, code, async (accessKeyId, accessKeySecret, securityToken, verifyCode) => {
          fc.pre(!DIGITS.includes(verifyCode) && !SPACE.includes(verifyCode));
          const signatures: string[] = [];
          const urls: string[] = [];
          useCams(
            (sent) => {
              urls.push(sent.url);
              signatures.push(/Signature=([0-9a-f]+)/.exec(sent.headers['authorization'] ?? '')?.[1] ?? '');
              return scenario.answer(sent, [accessKeySecret, securityToken, verifyCode]);
            },
            { [accessKeyId]: accessKeySecret },
            { securityTokens: () => securityToken },
          );
          const logger = captureLogger();
          const client = new CamsClient({ accessKeyId, accessKeySecret, securityToken, custSpaceId: SPACE, maxRetries: 0, registrationGuard: false, qpsLimit: false, logger, logLevel: 'debug' });
          const error = await settleWithFakeClock(client.phoneNumber(DIGITS).verifyAndRegister({ code: verifyCode }).then(() => undefined, (e: unknown) => e));
          expect(error).toBeDefined();
          expect(signatures).toHaveLength(1);
          const text = `${surfaces(error)}\n${logger.lines.join('\n')}\n${urls.join('\n')}`;
          for (const value of [accessKeySecret, securityToken, verifyCode, signatures[0]!]) {
            for (const form of encodings(value)) expect(text).not.toContain(form);
          }
        }),
        { numRuns: 25 },
      );
    });
  }
});
