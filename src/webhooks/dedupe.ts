import type { IdempotencyStore } from './idempotency-store.js';

/** Options of {@link dedupe}. */
export interface DedupeOptions {
  /**
   * How long a completed event id is remembered. Meta retries for up to 7 days (contract §5); a day of margin.
   * @default 691_200_000 (8 days)
   */
  readonly ttlMs?: number;
  /**
   * How long a running handler holds the id before another delivery may take over (a crashed or killed run).
   * Keep it above your handler's worst-case duration.
   * @default 600_000 (10 minutes)
   */
  readonly leaseMs?: number;
}

/** Default {@link DedupeOptions.ttlMs}: Meta's 7-day retry window plus one day. */
export const DEFAULT_DEDUPE_TTL_MS = 8 * 24 * 60 * 60 * 1000;
/** Default {@link DedupeOptions.leaseMs}. */
export const DEFAULT_DEDUPE_LEASE_MS = 10 * 60 * 1000;

/** What {@link dedupe} did: ran the handler (with its result) or skipped a duplicate. */
export type DedupeResult<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

/**
 * Runs `handler` once per event id, however often and however concurrently Meta delivers the event.
 *
 * Claims the id in `store` (atomic), runs the handler, then marks the id done for `ttlMs`. A duplicate that
 * arrives while the first run is in flight, or after it finished, is skipped (`{ ran: false }`). If the
 * handler throws, the claim is released and the error rethrown, so answer non-200 and Meta's redelivery runs
 * it again.
 *
 * @throws whatever `handler` or the store throws.
 * @example
 * const result = await dedupe(store, event.id, () => saveStatus(event.status));
 * if (!result.ran) console.debug('duplicate delivery skipped', event.id);
 */
export async function dedupe<T>(
  store: IdempotencyStore,
  eventId: string,
  handler: () => T | PromiseLike<T>,
  options: DedupeOptions = {},
): Promise<DedupeResult<T>> {
  if (!(await store.claim(eventId, options.leaseMs ?? DEFAULT_DEDUPE_LEASE_MS))) return { ran: false };
  let value: T;
  try {
    value = await handler();
  } catch (error) {
    await store.release(eventId).catch(() => {
      // The handler's error is the one to report; a failed release only delays the retry until the lease ends.
    });
    throw error;
  }
  await store.complete(eventId, options.ttlMs ?? DEFAULT_DEDUPE_TTL_MS);
  return { ran: true, value };
}
