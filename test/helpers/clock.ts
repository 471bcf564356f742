import { vi } from 'vitest';

// Captured before any test fakes timers: a real macrotask lets work that completes outside JavaScript's timers
// (WebCrypto's HMAC for appsecret_proof runs on libuv's thread pool) finish between fake-clock steps.
const realSetImmediate = globalThis.setImmediate;
const realTick = () => new Promise<void>((resolve) => realSetImmediate(resolve));

/**
 * Drives the fake clock until `promise` settles: steps of `stepMs` of fake time, each after a real macrotask, up to
 * `maxFakeMs` of fake time. Never sleeps for real beyond those ticks.
 */
export async function settleWithFakeClock<T>(promise: Promise<T>, options: { stepMs?: number; maxFakeMs?: number } = {}): Promise<T> {
  const stepMs = options.stepMs ?? 1_000;
  const maxFakeMs = options.maxFakeMs ?? 400_000;
  let settled = false;
  const tracked = promise.finally(() => {
    settled = true;
  });
  tracked.catch(() => undefined);
  for (let elapsed = 0; !settled && elapsed <= maxFakeMs; elapsed += stepMs) {
    await realTick();
    await vi.advanceTimersByTimeAsync(stepMs);
  }
  return tracked;
}
