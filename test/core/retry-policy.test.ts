import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APIError, RateLimitError } from '../../src/errors/api-error.js';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay, decideRetry, type RetryInput } from '../../src/core/retry-policy.js';
import { RetryBudget } from '../../src/core/retry-budget.js';

const base: RetryInput = {
  retryClass: 'safe',
  failure: { kind: 'connection' },
  attempt: 1,
  maxRetries: 2,
  nowMs: 1_000_000,
  maxHintMs: 60_000,
  random: () => 0.5,
};

function apiError(init: Partial<ConstructorParameters<typeof APIError>[0]>): APIError {
  return new APIError({ message: 'x', source: 'response', retryAdvice: 'fix-request', ...init });
}

describe('backoffDelay (reliability G3)', () => {
  it('is full jitter within [0, min(cap, base·2^(n-1))) for every attempt and random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const delay = backoffDelay(attempt, () => r);
        const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.max(1, ceiling));
      }),
      { numRuns: 10_000 },
    );
  });

  it('adds at most 1.5 s of sleep over the default two retries', () => {
    expect(backoffDelay(1, () => 0.999999) + backoffDelay(2, () => 0.999999)).toBeLessThanOrEqual(1_500);
  });
});

describe('decideRetry', () => {
  it('never retries a never operation, whatever failed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<RetryInput['failure']>(
          { kind: 'connection' },
          { kind: 'timeout' },
          { kind: 'malformed' },
          { kind: 'api', error: apiError({ retryAdvice: 'transient', isTransient: true, status: 503, code: 2 }) },
        ),
        fc.integer({ min: 1, max: 5 }),
        (failure, attempt) => {
          expect(decideRetry({ ...base, retryClass: 'never', failure, attempt }).retry).toBe(false);
        },
      ),
    );
  });

  it.each([133005, 133008, 133009, 133016, 137000, 131031])('never retries code %i even when is_transient says so', (code) => {
    expect(decideRetry({ ...base, failure: { kind: 'api', error: apiError({ code, isTransient: true, retryAdvice: 'transient' }) } }).retry).toBe(false);
  });

  it('retries transient errors and honours is_transient', () => {
    expect(decideRetry({ ...base, failure: { kind: 'api', error: apiError({ code: 1, retryAdvice: 'transient' }) } }).retry).toBe(true);
    expect(decideRetry({ ...base, failure: { kind: 'api', error: apiError({ code: 100, isTransient: true }) } }).retry).toBe(true);
    expect(decideRetry({ ...base, failure: { kind: 'api', error: apiError({ code: 100 }) } }).retry).toBe(false);
    expect(decideRetry({ ...base, failure: { kind: 'api', error: apiError({ status: 502 }) } }).retry).toBe(true);
  });

  it('waits at least the server hint for throttles, and gives up when it exceeds maxHintMs', () => {
    const throttle = (ms: number) =>
      new RateLimitError({ message: 't', source: 'response', retryAdvice: 'after-window', code: 4, scope: 'app', retryAt: new Date(base.nowMs + ms) });
    const decision = decideRetry({ ...base, failure: { kind: 'api', error: throttle(5_000) } });
    expect(decision).toEqual({ retry: true, delayMs: 5_000 });
    expect(decideRetry({ ...base, failure: { kind: 'api', error: throttle(61_000) } }).retry).toBe(false);
  });

  it('stops after maxRetries and before the deadline', () => {
    expect(decideRetry({ ...base, attempt: 3 }).retry).toBe(false);
    expect(decideRetry({ ...base, attempt: 2 }).retry).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (left, r) => {
        const decision = decideRetry({ ...base, deadlineAtMs: base.nowMs + left, random: () => r });
        if (decision.retry) expect(base.nowMs + decision.delayMs).toBeLessThan(base.nowMs + left);
      }),
    );
  });
});

describe('RetryBudget (reliability G15)', () => {
  it('allows at most 100 retries while everything fails, and refills on success', () => {
    const budget = new RetryBudget();
    let granted = 0;
    for (let i = 0; i < 1_000; i++) if (budget.tryAcquire()) granted++;
    expect(granted).toBe(100);
    for (let i = 0; i < 5; i++) budget.recordSuccess();
    expect(budget.tryAcquire()).toBe(true);
    expect(budget.tryAcquire()).toBe(false);
  });
});
