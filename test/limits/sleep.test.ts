import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sleep } from '../../src/limits/sleep.js';
import { track } from '../helpers/track.js';


describe('sleep', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves after exactly ms, not before', async () => {
    const sleeping = track(sleep(1_500));
    await vi.advanceTimersByTimeAsync(1_499);
    expect(sleeping.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(sleeping.state()).toBe('resolved');
  });

  it('rejects with the signal reason on abort and clears its timer', async () => {
    const controller = new AbortController();
    const sleeping = track(sleep(10_000, controller.signal));
    await vi.advanceTimersByTimeAsync(100);
    expect(vi.getTimerCount()).toBe(1);
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(sleeping.state()).toBe('rejected');
    expect(sleeping.reason()).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once, without a timer, when the signal is already aborted', async () => {
    const signal = AbortSignal.abort();
    await expect(sleep(1_000, signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its abort listener when it resolves (an abort afterwards is harmless)', async () => {
    const controller = new AbortController();
    const sleeping = track(sleep(10, controller.signal));
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(sleeping.state()).toBe('resolved');
  });

  it.each([0, -5, Number.NaN])('waits 0 ms for %s', async (ms) => {
    const sleeping = track(sleep(ms));
    await vi.advanceTimersByTimeAsync(0);
    expect(sleeping.state()).toBe('resolved');
  });

  it('chains delays longer than the 32-bit timer limit instead of firing after 1 ms', async () => {
    const total = 2 ** 31 + 5_000;
    const sleeping = track(sleep(total));
    await vi.advanceTimersByTimeAsync(2 ** 31);
    expect(sleeping.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(sleeping.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(sleeping.state()).toBe('resolved');
  });
});
