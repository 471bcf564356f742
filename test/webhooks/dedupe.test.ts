import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DEDUPE_LEASE_MS, DEFAULT_DEDUPE_TTL_MS, dedupe } from '../../src/webhooks/dedupe.js';
import { MemoryIdempotencyStore, type IdempotencyStore } from '../../src/webhooks/idempotency-store.js';

/** Every store call resolves whenever the scheduler decides — worst-case interleavings of a shared store. */
function scheduledStore(s: fc.Scheduler, inner: IdempotencyStore): IdempotencyStore {
  return {
    claim: s.scheduleFunction(async (key: string, leaseMs: number) => inner.claim(key, leaseMs)),
    complete: s.scheduleFunction(async (key: string, ttlMs: number) => inner.complete(key, ttlMs)),
    release: s.scheduleFunction(async (key: string) => inner.release(key)),
  };
}

// A redelivery sequence: each event id delivered 1–4 times, in random order.
const deliveriesArb = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc
      .tuple(...ids.map((id) => fc.integer({ min: 1, max: 4 }).map((times) => Array.from({ length: times }, () => id))))
      .chain((groups) => fc.shuffledSubarray(groups.flat(), { minLength: groups.flat().length }))
      .map((deliveries) => ({ ids, deliveries })),
  );

describe('dedupe — G12 redelivery sequences', () => {
  it('runs the handler exactly once per event id over 1 000 concurrent, duplicated, out-of-order sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), deliveriesArb, async (s, { ids, deliveries }) => {
        const store = scheduledStore(s, new MemoryIdempotencyStore());
        const runs = new Map<string, number>();
        const handler = s.scheduleFunction(async (id: string) => {
          runs.set(id, (runs.get(id) ?? 0) + 1);
          return id.length;
        });
        const all = Promise.all(deliveries.map((id) => dedupe(store, id, () => handler(id))));
        await s.waitFor(all);
        const results = await all;
        for (const id of ids) expect(runs.get(id)).toBe(1);
        expect(results.filter((result) => result.ran)).toHaveLength(ids.length);
      }),
      { numRuns: 1_000 },
    );
  });

  it('a failed run releases the id: a later redelivery runs it, and no id ever succeeds twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), deliveriesArb, fc.func(fc.boolean()), async (s, { ids, deliveries }, failsFirst) => {
        const store = scheduledStore(s, new MemoryIdempotencyStore());
        const attempts = new Map<string, number>();
        const successes = new Map<string, number>();
        const handler = s.scheduleFunction(async (id: string) => {
          const attempt = (attempts.get(id) ?? 0) + 1;
          attempts.set(id, attempt);
          if (attempt === 1 && failsFirst(id)) throw new Error(`boom ${id}`);
          successes.set(id, (successes.get(id) ?? 0) + 1);
        });
        const first = Promise.allSettled(deliveries.map((id) => dedupe(store, id, () => handler(id))));
        await s.waitFor(first);
        for (const id of ids) expect(successes.get(id) ?? 0).toBeLessThanOrEqual(1);
        // Meta redelivers everything that was answered with an error; afterwards every event has run once.
        const retry = Promise.all(ids.map((id) => dedupe(store, id, () => handler(id))));
        await s.waitFor(retry);
        for (const id of ids) expect(successes.get(id)).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
  it('the harness can fail: it catches a check-then-set (non-atomic) store', async () => {
    const result = await fc.check(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.constantFrom('a', 'b'), { minLength: 2, maxLength: 6 }), async (s, deliveries) => {
        const seen = new Set<string>();
        const racy: IdempotencyStore = {
          claim: async (key) => {
            const had = seen.has(key);
            await s.schedule(Promise.resolve()); // another delivery may check in between
            if (had) return false;
            seen.add(key);
            return true;
          },
          complete: async () => undefined,
          release: async (key) => void seen.delete(key),
        };
        const runs = new Map<string, number>();
        const handler = s.scheduleFunction(async (id: string) => void runs.set(id, (runs.get(id) ?? 0) + 1));
        const all = Promise.all(deliveries.map((id) => dedupe(racy, id, () => handler(id))));
        await s.waitFor(all);
        for (const id of new Set(deliveries)) expect(runs.get(id)).toBe(1);
      }),
      { numRuns: 200 },
    );
    expect(result.failed).toBe(true);
  });
});

describe('dedupe — behaviour', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the handler value, skips duplicates, rethrows and releases on failure', async () => {
    const store = new MemoryIdempotencyStore();
    await expect(dedupe(store, 'a', () => 42)).resolves.toEqual({ ran: true, value: 42 });
    await expect(dedupe(store, 'a', () => 43)).resolves.toEqual({ ran: false });
    await expect(dedupe(store, 'b', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(dedupe(store, 'b', () => 'again')).resolves.toEqual({ ran: true, value: 'again' });
  });

  it('reports the handler error even when the release fails', async () => {
    const store: IdempotencyStore = {
      claim: async () => true,
      complete: async () => undefined,
      release: async () => {
        throw new Error('redis down');
      },
    };
    await expect(dedupe(store, 'a', () => Promise.reject(new Error('handler')))).rejects.toThrow('handler');
  });

  it('passes the lease and the TTL to the store (defaults: 10 min, 8 days)', async () => {
    const calls: string[] = [];
    const store: IdempotencyStore = {
      claim: async (key, leaseMs) => (calls.push(`claim ${key} ${leaseMs}`), true),
      complete: async (key, ttlMs) => void calls.push(`complete ${key} ${ttlMs}`),
      release: async (key) => void calls.push(`release ${key}`),
    };
    await dedupe(store, 'a', () => undefined);
    await dedupe(store, 'b', () => undefined, { leaseMs: 5, ttlMs: 7 });
    expect(calls).toEqual([`claim a ${DEFAULT_DEDUPE_LEASE_MS}`, `complete a ${DEFAULT_DEDUPE_TTL_MS}`, 'claim b 5', 'complete b 7']);
    expect(DEFAULT_DEDUPE_TTL_MS).toBeGreaterThan(7 * 24 * 3_600_000);
  });

  it('a crashed run (claimed, never completed) becomes claimable once the lease ends', async () => {
    vi.useFakeTimers();
    const store = new MemoryIdempotencyStore();
    expect(await store.claim('a', 1_000)).toBe(true);
    vi.advanceTimersByTime(999);
    expect(await store.claim('a', 1_000)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await store.claim('a', 1_000)).toBe(true);
  });

  it('remembers a completed id for the TTL only, then forgets it', async () => {
    vi.useFakeTimers();
    const store = new MemoryIdempotencyStore();
    await dedupe(store, 'a', () => undefined);
    vi.advanceTimersByTime(DEFAULT_DEDUPE_TTL_MS - 1);
    await expect(dedupe(store, 'a', () => undefined)).resolves.toEqual({ ran: false });
    vi.advanceTimersByTime(1);
    expect(store.size).toBe(0);
    await expect(dedupe(store, 'a', () => undefined)).resolves.toEqual({ ran: true, value: undefined });
  });

  it('bounds memory with maxEntries, forgetting the oldest first', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.complete(key, 60_000);
    expect(store.size).toBe(3);
    expect(await store.claim('a', 1)).toBe(true);
    expect(await store.claim('d', 1)).toBe(false);
  });

  it('uses an injected clock', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ now: () => now });
    await store.complete('a', 10);
    expect(await store.claim('a', 1)).toBe(false);
    now = 10;
    expect(await store.claim('a', 1)).toBe(true);
  });
});
