import type { SimulatorOutcome } from '../faults/outcome.js';

/**
 * Turns an outcome into what `fetch` would give: a `Response`, or a rejection shaped like Node's fetch
 * (undici) — `TypeError('fetch failed')` whose `cause.code` is `ECONNRESET` for a reset, the signal's reason
 * for an abort, and a body stream that fails with `TypeError('terminated')` for a truncated answer.
 * @internal
 */

/** The error Node's fetch rejects with when the peer resets the connection. */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
  return new TypeError('fetch failed', { cause });
}

function bodyTerminated(): TypeError {
  const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
  return new TypeError('terminated', { cause });
}

/** Waits until `signal` aborts, then rejects with its reason (never resolves otherwise). */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** Resolves after `ms` (timer-based, so fake timers drive it); rejects with the reason if `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return signal.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A body that yields the first `cutAt` bytes of `body` and then fails. */
export function truncatedStream(body: string, cutAt: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body).slice(0, cutAt);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
    },
    pull(controller) {
      controller.error(bodyTerminated());
    },
  });
}

/** The fetch-style result of an outcome. */
export async function toFetchResponse(outcome: SimulatorOutcome, signal: AbortSignal): Promise<Response> {
  switch (outcome.kind) {
    case 'reset':
      throw connectionReset();
    case 'hang':
      return untilAborted(signal);
    case 'truncated':
      return new Response(truncatedStream(outcome.body, outcome.cutAt), { status: outcome.status, headers: outcome.headers });
    case 'response':
      return new Response(outcome.body, { status: outcome.status, headers: outcome.headers });
  }
}
