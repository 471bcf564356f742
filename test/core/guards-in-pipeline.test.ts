/** Reliability G4 end to end: usage headers and throttle errors stop requests to the throttled scope. */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isUsageCooldownError, isRateLimitError } from '../../src/errors/guards.js';
import { makeClient } from '../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const WABA = '102290129340398';
const PHONE = '106540352242922';

function buc(percent: number, minutes: number) {
  return JSON.stringify({
    [WABA]: [{ type: 'whatsapp_business_management', call_count: percent, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: minutes }],
  });
}

describe('usage guard in the pipeline', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('learns the WABA of a number from the headers and holds calls on both once the WABA is throttled', async () => {
    server.use(
      http.get(`${GRAPH}/v23.0/${PHONE}`, () => HttpResponse.json({ id: PHONE }, { headers: { 'x-business-use-case-usage': buc(40, 0) } })),
      http.get(`${GRAPH}/v23.0/${WABA}/phone_numbers`, () =>
        HttpResponse.json({ data: [] }, { headers: { 'x-business-use-case-usage': buc(100, 30) } }),
      ),
    );
    const client = makeClient({ usageGuard: {} });
    await client.phoneNumber(PHONE).retrieve(); // learns PHONE → WABA
    await client.waba(WABA).phoneNumbers.list(); // WABA now at 100 % for 30 minutes

    const counter = countRequests();
    const onWaba = await client.waba(WABA).phoneNumbers.list().then(() => undefined, (e: unknown) => e);
    const onPhone = await client.phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
    counter.stop();
    expect(counter.total()).toBe(0);
    expect(isUsageCooldownError(onWaba)).toBe(true);
    expect(isUsageCooldownError(onPhone)).toBe(true);
    expect((onPhone as { retryAt: Date }).retryAt.getTime()).toBe(Date.now() + 30 * 60_000);

    // After the window, calls flow again.
    vi.setSystemTime(Date.now() + 31 * 60_000);
    server.use(http.get(`${GRAPH}/v23.0/${PHONE}`, () => HttpResponse.json({ id: PHONE })));
    await expect(client.phoneNumber(PHONE).retrieve()).resolves.toMatchObject({ id: PHONE });
  });

  it('waits out a short cooldown after error 4 instead of sending into it', async () => {
    const sentAt: number[] = [];
    let first = true;
    server.use(
      http.get(`${GRAPH}/v23.0/${PHONE}`, () => {
        sentAt.push(Date.now());
        if (first) {
          first = false;
          return graphError({ code: 4, headers: { 'retry-after': '20' } });
        }
        return HttpResponse.json({ id: PHONE });
      }),
    );
    const client = makeClient({ usageGuard: {}, maxRetries: 0 });
    const error = await client.phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    const next = client.phoneNumber(PHONE).retrieve();
    await vi.advanceTimersByTimeAsync(19_000);
    expect(sentAt).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(next).resolves.toMatchObject({ id: PHONE });
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(20_000);
  });
});

describe('stack traces', () => {
  it('reach back to the caller, not only SDK internals', async () => {
    server.use(http.get(`${GRAPH}/v23.0/${PHONE}`, () => graphError({ code: 100 })));
    const error = (await makeClient().phoneNumber(PHONE).retrieve().catch((e: unknown) => e)) as Error;
    expect(error.stack).toContain('guards-in-pipeline.test.ts');
  });
});
