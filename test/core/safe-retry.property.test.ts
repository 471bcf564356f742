/**
 * Reliability G2 as a property: for any script of transient faults before success, a read recovers when at most two
 * consecutive attempts fail (default 3 attempts) and fails after exactly 3 requests otherwise.
 */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isWhatsAppError } from '../../src/errors/guards.js';
import { makeClient } from '../helpers/client.js';
import { GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';
import { settleWithFakeClock } from '../helpers/clock.js';

const PHONE = '106540352242922';
const NODE = `${GRAPH}/v23.0/${PHONE}`;

const FAULTS = {
  '500': () => new HttpResponse(null, { status: 500 }),
  '502': () => new HttpResponse('<html>bad gateway</html>', { status: 502 }),
  '503': () => new HttpResponse('busy', { status: 503 }),
  reset: () => HttpResponse.error(),
  'code 2': () => graphError({ status: 503, code: 2, isTransient: true }),
  'code 131000': () => graphError({ status: 500, code: 131000 }),
  'code 133004': () => graphError({ status: 503, code: 133004 }),
} as const;
type Fault = keyof typeof FAULTS;

describe('safe reads under scripted transient faults', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('recover within 3 attempts or fail after exactly 3 requests', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...(Object.keys(FAULTS) as Fault[])), { maxLength: 5 }), async (script) => {
        let requests = 0;
        server.use(
          http.get(NODE, () => {
            const fault = script[requests++];
            return fault === undefined ? HttpResponse.json({ id: PHONE }) : FAULTS[fault]();
          }),
        );
        const result = await settleWithFakeClock(
          makeClient({ maxRetries: 2 })
            .phoneNumber(PHONE)
            .retrieve()
            .then((value) => ({ value }), (error: unknown) => ({ error })),
        );
        if (script.length <= 2) {
          expect(result).toEqual({ value: { id: PHONE } });
          expect(requests).toBe(script.length + 1);
        } else {
          expect('error' in result && isWhatsAppError(result.error)).toBe(true);
          expect((result as { error: { attempts?: number } }).error.attempts).toBe(3);
          expect(requests).toBe(3);
        }
        server.resetHandlers();
      }),
      { numRuns: 500 },
    );
  });
});
