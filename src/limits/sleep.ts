/**
 * An abortable timer, used by the usage guard to wait out short cool-downs in process.
 */

/** `setTimeout` clamps larger delays to 1 ms (with a warning), so longer sleeps are chained in chunks. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Waits `ms` milliseconds, or less if `signal` aborts first.
 *
 * Rejects with `signal.reason` (as `fetch` does) when the signal is already aborted or aborts during the wait;
 * the timer is cleared and the abort listener removed either way, so nothing keeps the process alive.
 * Negative or `NaN` durations wait 0 ms; durations beyond the 24.8-day timer limit are chained, so
 * `Infinity` waits until aborted.
 *
 * @throws the signal's `reason` when aborted (by default a `DOMException` named `AbortError`).
 * @example
 * const controller = new AbortController();
 * await sleep(1_500, controller.signal); // resolves after 1.5 s unless controller.abort() is called
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  // `NaN > 0` is false, so NaN and negatives wait 0 ms; Infinity re-arms forever (until aborted).
  const total = ms > 0 ? ms : 0;
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    let remaining = total;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const arm = (): void => {
      const chunk = Math.min(remaining, MAX_TIMER_MS);
      remaining -= chunk;
      timer = setTimeout(() => {
        if (remaining > 0) {
          arm();
          return;
        }
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, chunk);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    arm();
  });
}
