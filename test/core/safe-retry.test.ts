/** Reliability G2, G15, G16: reads recover from transient faults, within the budget and the deadline. */
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { isServerError, isConnectionError, isAbortError, isRateLimitError } from '../../src/errors/guards.js';
import { WabaClient } from '../../src/client.js';
import { makeClient, silentLogger, TEST_TOKEN } from '../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../helpers/graph.js';
import { server } from '../helpers/server.js';

const PHONE = '106540352242922';
const URL_ = `${GRAPH}/v23.0/${PHONE}`;
const OK = { id: PHONE, display_phone_number: '+1 631-555-5555', verified_name: 'Acme', quality_rating: 'GREEN' };

const TRANSIENT: Array<[string, () => Response]> = [
  ['HTTP 500', () => new HttpResponse(null, { status: 500 })],
  ['network error', () => HttpResponse.error()],
  ['Graph code 2', () => graphError({ status: 503, code: 2, isTransient: true })],
  ['Graph code 131000', () => graphError({ status: 500, code: 131000 })],
];

function faultsThenOk(faults: number, fault: () => Response) {
  let seen = 0;
  return http.get(URL_, () => (seen++ < faults ? fault() : HttpResponse.json(OK)));
}

describe('safe reads', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  for (const [name, fault] of TRANSIENT) {
    it(`recover from 2 consecutive faults (${name}) with the default 2 retries`, async () => {
      server.use(faultsThenOk(2, fault));
      const counter = countRequests();
      const result = new WabaClient({ accessToken: TEST_TOKEN, registrationGuard: false, usageGuard: false, logger: silentLogger }).phoneNumber(PHONE).retrieve();
      await vi.advanceTimersByTimeAsync(60_000);
      await expect(result).resolves.toMatchObject({ id: PHONE, quality_rating: 'GREEN' });
      counter.stop();
      expect(counter.total()).toBe(3);
    });

    it(`fail after 3 attempts on 3 consecutive faults (${name})`, async () => {
      server.use(faultsThenOk(3, fault));
      const counter = countRequests();
      const result = new WabaClient({ accessToken: TEST_TOKEN, registrationGuard: false, usageGuard: false, logger: silentLogger }).phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(60_000);
      const error = (await result) as { attempts?: number };
      counter.stop();
      expect(counter.total()).toBe(3);
      expect(isServerError(error) || isConnectionError(error)).toBe(true);
      expect(error.attempts).toBe(3);
    });
  }

  it('never retries a fix-the-request error', async () => {
    server.use(http.get(URL_, () => graphError({ code: 100, details: 'Unsupported get request' })));
    const counter = countRequests();
    await expect(makeClient({ maxRetries: 2 }).phoneNumber(PHONE).retrieve()).rejects.toMatchObject({ name: 'InvalidRequestError', attempts: 1 });
    counter.stop();
    expect(counter.total()).toBe(1);
  });

  it('waits out Retry-After on a throttle before retrying, and sends nothing before it', async () => {
    let calls = 0;
    const times: number[] = [];
    server.use(
      http.get(URL_, () => {
        times.push(Date.now());
        return calls++ === 0 ? graphError({ code: 4, headers: { 'retry-after': '10' } }) : HttpResponse.json(OK);
      }),
    );
    const result = makeClient({ maxRetries: 2 }).phoneNumber(PHONE).retrieve();
    await vi.advanceTimersByTimeAsync(9_000);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(result).resolves.toMatchObject({ id: PHONE });
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(10_000);
  });

  it("does not wait a throttle hint longer than a minute: fails fast with retryAt", async () => {
    server.use(http.get(URL_, () => graphError({ code: 4, headers: { 'retry-after': '600' } })));
    const counter = countRequests();
    const outcome = makeClient({ maxRetries: 2 }).phoneNumber(PHONE).retrieve().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await outcome;
    counter.stop();
    expect(counter.total()).toBe(1);
    expect(isRateLimitError(error)).toBe(true);
    expect((error as { retryAt?: Date }).retryAt).toBeInstanceOf(Date);
  });

  it('schedules no retry that would end after the deadline', async () => {
    server.use(http.get(URL_, () => new HttpResponse(null, { status: 500 })));
    const counter = countRequests();
    // Backoff after attempt 1 is in [0, 500) ms; a 1 ms deadline leaves no room for any retry.
    const result = makeClient({ maxRetries: 5 }).phoneNumber(PHONE).retrieve({}, { deadline: 1 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(isServerError(await result)).toBe(true);
    counter.stop();
    expect(counter.total()).toBe(1);
  });

  it('stops waiting when the caller aborts during backoff', async () => {
    // A mid-range jitter: full jitter may draw a 0 ms backoff (p = 1/500), whose retry would go out in the
    // `advanceTimersByTimeAsync(0)` below, before the abort — a flake of this test, not of the pipeline.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    onTestFinished(() => random.mockRestore());
    server.use(http.get(URL_, () => new HttpResponse(null, { status: 500 })));
    const controller = new AbortController();
    const counter = countRequests();
    const result = makeClient({ maxRetries: 5 }).phoneNumber(PHONE).retrieve({}, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(isAbortError(await result)).toBe(true);
    counter.stop();
    expect(counter.total()).toBe(1);
  });

  it('keeps retries within the budget when everything fails (no retry storm)', async () => {
    server.use(http.get(URL_, () => new HttpResponse(null, { status: 500 })));
    const client = makeClient({ maxRetries: 2 });
    const counter = countRequests();
    for (let i = 0; i < 1_000; i++) {
      const result = client.phoneNumber(PHONE).retrieve().catch(() => undefined);
      await vi.advanceTimersByTimeAsync(20_000);
      await result;
    }
    counter.stop();
    // 1,000 first attempts + at most 100 retries (500 tokens / 5 per retry).
    expect(counter.total()).toBeLessThanOrEqual(1_100);
    expect(counter.total()).toBeGreaterThanOrEqual(1_000);
  });
});
