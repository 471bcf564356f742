import { vi } from 'vitest';

// Captured before any test fakes timers: real macrotasks let work that completes outside JavaScript's timers
// (WebCrypto's HMAC for appsecret_proof, a dynamic import() reading a module from disk) finish between steps.
const realSetTimeout = globalThis.setTimeout;
const realNow = Date.now;
const realTick = () => new Promise<void>((resolve) => realSetTimeout(resolve, 1));

/**
 * Drives the fake clock until `promise` settles: steps of `stepMs` of fake time, each after a real macrotask, for
 * at most `maxRealMs` of real time (only a genuinely stuck call takes that long). Never sleeps for real beyond
 * those 1 ms ticks.
 */
export async function settleWithFakeClock<T>(promise: Promise<T>, options: { stepMs?: number; maxRealMs?: number } = {}): Promise<T> {
  const stepMs = options.stepMs ?? 1_000;
  const giveUpAt = realNow() + (options.maxRealMs ?? 30_000);
  let settled = false;
  const tracked = promise.finally(() => {
    settled = true;
  });
  tracked.catch(() => undefined);
  while (!settled && realNow() < giveUpAt) {
    await realTick();
    await vi.advanceTimersByTimeAsync(stepMs);
  }
  return tracked;
}
