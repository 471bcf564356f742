import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAMS_DOCUMENTED_QPS, createQpsLimiter, DEFAULT_CAMS_QPS, QpsLimiter } from '../../../src/cams/limits/qps-limiter.js';

/** Starts `count` acquires and reports how many have resolved so far. */
function burst(limiter: QpsLimiter, action: string, count: number, signal?: AbortSignal) {
  let done = 0;
  const all = Array.from({ length: count }, () =>
    limiter.acquire(action, signal).then(() => {
      done += 1;
    }),
  );
  return { all, done: () => done };
}

describe('QpsLimiter with vitest fake timers (§3.5)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 20, 8, 30, 0) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('admits the documented QPS at once, then one more each time the oldest admission is 1 s old', async () => {
    const limiter = new QpsLimiter();
    const { all, done } = burst(limiter, 'CreatePhoneMessageQrdl', 12); // documented 5/s
    await vi.advanceTimersByTimeAsync(0);
    expect(done()).toBe(5);
    await vi.advanceTimersByTimeAsync(999);
    expect(done()).toBe(5);
    await vi.advanceTimersByTimeAsync(1);
    expect(done()).toBe(10);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done()).toBe(12);
    await Promise.all(all);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps actions apart: a saturated action does not slow another', async () => {
    const limiter = new QpsLimiter({ perAction: { GetChatappVerifyCode: 1 } });
    const slow = burst(limiter, 'GetChatappVerifyCode', 3);
    const fast = burst(limiter, 'QueryChatappPhoneNumbers', 10);
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.done()).toBe(1);
    expect(fast.done()).toBe(10);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(slow.done()).toBe(3);
  });

  it('uses the documented table, overrides and the default for unlisted actions', () => {
    const limiter = new QpsLimiter({ perAction: { QueryChatappPhoneNumbers: 3 }, defaultQps: 4 });
    expect(limiter.limitFor('GetChatappPhoneNumberMetric')).toBe(50);
    expect(limiter.limitFor('GetWhatsappHealthStatus')).toBe(5);
    expect(limiter.limitFor('QueryChatappPhoneNumbers')).toBe(3);
    expect(limiter.limitFor('ListInstance')).toBe(4);
    expect(new QpsLimiter().limitFor('ListInstance')).toBe(DEFAULT_CAMS_QPS);
    expect(Object.keys(CAMS_DOCUMENTED_QPS)).toHaveLength(39);
    expect(new Set(Object.values(CAMS_DOCUMENTED_QPS))).toEqual(new Set([5, 10, 50]));
  });

  it('spaces calls 1/qps seconds apart for a QPS below 1, and rounds a fractional QPS down', async () => {
    const limiter = new QpsLimiter({ perAction: { A: 0.5, B: 2.5 } });
    const a = burst(limiter, 'A', 2);
    const b = burst(limiter, 'B', 3);
    await vi.advanceTimersByTimeAsync(0);
    expect([a.done(), b.done()]).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([a.done(), b.done()]).toEqual([1, 3]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(a.done()).toBe(2);
  });

  it('never waits when turned off (false) or for an Infinity override', async () => {
    for (const limiter of [createQpsLimiter(false), new QpsLimiter({ perAction: { X: Number.POSITIVE_INFINITY } })]) {
      const { done } = burst(limiter, 'X', 1_000);
      await vi.advanceTimersByTimeAsync(0);
      expect(done()).toBe(1_000);
    }
    expect(createQpsLimiter(false).limitFor('QueryChatappPhoneNumbers')).toBe(Number.POSITIVE_INFINITY);
    expect(createQpsLimiter(undefined).limitFor('QueryChatappPhoneNumbers')).toBe(10);
  });

  it('rejects at once with the reason of an already-aborted signal, even when turned off', async () => {
    const reason = new Error('already gone');
    for (const limiter of [new QpsLimiter(), createQpsLimiter(false)]) {
      await expect(limiter.acquire('QueryChatappPhoneNumbers', AbortSignal.abort(reason))).rejects.toBe(reason);
    }
  });

  it('rejects a waiter when its signal aborts, clears the timer when nobody waits, and ignores a late abort', async () => {
    const limiter = new QpsLimiter({ perAction: { X: 1 } });
    const early = new AbortController();
    await limiter.acquire('X', early.signal);
    const waiting = new AbortController();
    const pending = limiter.acquire('X', waiting.signal);
    expect(vi.getTimerCount()).toBe(1);
    waiting.abort(new Error('timeout'));
    await expect(pending).rejects.toThrow('timeout');
    expect(vi.getTimerCount()).toBe(0);
    early.abort(); // already admitted: nothing to undo, the next slot is still 1 s after it
    const next = burst(limiter, 'X', 1);
    await vi.advanceTimersByTimeAsync(999);
    expect(next.done()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(next.done()).toBe(1);
  });

  it.each([0, -1, Number.NaN, '5' as unknown as number])('refuses a QPS of %s', (qps) => {
    expect(() => new QpsLimiter({ defaultQps: qps })).toThrow(RangeError);
    expect(() => new QpsLimiter({ perAction: { X: qps } })).toThrow(/perAction\.X/);
  });
});
