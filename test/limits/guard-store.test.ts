import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryGuardStore } from '../../src/limits/guard-store.js';

const HOUR = 3_600_000;

describe('MemoryGuardStore.reserve', () => {
  it('allows up to the limit, then refuses with the time the oldest entry leaves the window', async () => {
    const store = new MemoryGuardStore();
    for (let i = 0; i < 3; i += 1) {
      await expect(store.reserve('k', 1_000 + i, 10_000, 3)).resolves.toEqual({ allowed: true });
    }
    await expect(store.reserve('k', 5_000, 10_000, 3)).resolves.toEqual({ allowed: false, retryAtMs: 11_000 });
  });

  it('lets an entry leave the window at exactly t + windowMs, not a millisecond earlier', async () => {
    const store = new MemoryGuardStore();
    await store.reserve('k', 0, 72 * HOUR, 1);
    await expect(store.reserve('k', 72 * HOUR - 1, 72 * HOUR, 1)).resolves.toEqual({
      allowed: false,
      retryAtMs: 72 * HOUR,
    });
    await expect(store.reserve('k', 72 * HOUR, 72 * HOUR, 1)).resolves.toEqual({ allowed: true });
  });

  it('records nothing when it refuses', async () => {
    const store = new MemoryGuardStore();
    await store.reserve('k', 0, 100, 1);
    for (let t = 1; t < 100; t += 7) await store.reserve('k', t, 100, 1); // all refused
    // Had any refusal been recorded, the key would still be full at t = 100.
    await expect(store.reserve('k', 100, 100, 1)).resolves.toEqual({ allowed: true });
  });

  it('keeps keys independent', async () => {
    const store = new MemoryGuardStore();
    await store.reserve('a', 0, 100, 1);
    await expect(store.reserve('b', 0, 100, 1)).resolves.toEqual({ allowed: true });
    await expect(store.reserve('a', 0, 100, 1)).resolves.toMatchObject({ allowed: false });
  });

  it('refuses everything with limit 0 and stays empty', async () => {
    const store = new MemoryGuardStore();
    await expect(store.reserve('k', 0, 100, 0)).resolves.toEqual({ allowed: false, retryAtMs: Infinity });
    expect(store.size).toBe(0);
  });

  it('copes with a clock that steps backwards (retryAt is the earliest entry, not the first recorded)', async () => {
    const store = new MemoryGuardStore();
    await store.reserve('k', 5_000, 10_000, 2);
    await store.reserve('k', 1_000, 10_000, 2);
    await expect(store.reserve('k', 6_000, 10_000, 2)).resolves.toEqual({ allowed: false, retryAtMs: 11_000 });
  });

  it('serialises concurrent reserves in one process: exactly `limit` of 25 parallel calls win', async () => {
    const store = new MemoryGuardStore();
    const results = await Promise.all(Array.from({ length: 25 }, () => store.reserve('k', 0, 1_000, 10)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });

  it('never allows more than `limit` in any window (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 1_000 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60, size: 'max' }),
        async (limit, windowMs, gaps) => {
          const store = new MemoryGuardStore();
          const allowed: number[] = [];
          let now = 0;
          for (const gap of gaps) {
            now += gap;
            if ((await store.reserve('k', now, windowMs, limit)).allowed) allowed.push(now);
          }
          for (const end of allowed) {
            expect(allowed.filter((t) => t > end - windowMs && t <= end).length).toBeLessThanOrEqual(limit);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('MemoryGuardStore locks', () => {
  it('reports a lock until it ends, then forgets it', async () => {
    const store = new MemoryGuardStore();
    await store.lock('k', 1_000);
    await expect(store.lockedUntil('k', 999)).resolves.toBe(1_000);
    await expect(store.lockedUntil('k', 1_000)).resolves.toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('never shortens a lock', async () => {
    const store = new MemoryGuardStore();
    await store.lock('k', 5_000);
    await store.lock('k', 2_000);
    await expect(store.lockedUntil('k', 3_000)).resolves.toBe(5_000);
    await store.lock('k', 9_000);
    await expect(store.lockedUntil('k', 6_000)).resolves.toBe(9_000);
  });
});

describe('MemoryGuardStore memory bound', () => {
  it('drops keys whose window ended once the key count doubles, keeping live ones', async () => {
    const store = new MemoryGuardStore();
    // The sweep at 1,024 keys (t = 0) finds nothing expired and re-arms at 2,048 keys.
    for (let i = 0; i < 2_047; i += 1) await store.reserve(`old:${i}`, 0, 1_000, 10);
    await store.lock('old-lock', 500);
    expect(store.size).toBe(2_048);
    await store.reserve('live', 5_000, 1_000, 1); // sweeps at t = 5,000: every old key has expired
    expect(store.size).toBe(1);
    await expect(store.reserve('live', 5_001, 1_000, 1)).resolves.toMatchObject({ allowed: false });
  });

  it('stays O(live keys) under a stream of one-off keys', async () => {
    const store = new MemoryGuardStore();
    let maxSize = 0;
    for (let i = 0; i < 20_000; i += 1) {
      await store.reserve(`k:${i}`, i * 10, 100, 10); // each key lives 100 ms: ≤ 10 live at a time
      maxSize = Math.max(maxSize, store.size);
    }
    expect(maxSize).toBeLessThanOrEqual(2_048);
  });
});
