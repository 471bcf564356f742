import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acsDate, newNonce } from '../../../src/cams/signing/stamps.js';

afterEach(() => {
  vi.restoreAllMocks();
});

// First and last instants acsDate accepts (Date.UTC maps years 0–99 to 19xx, so they are written out).
const YEAR_0 = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const YEAR_10000 = 253_402_300_800_000; // 10000-01-01T00:00:00Z

// The rule of contract §2.1 written out without any memory: what acsDate must return for every instant.
const expected = (ms: number): string => `${new Date(Math.floor(ms)).toISOString().slice(0, 19)}Z`;

describe('acsDate remembers the last second without changing any answer (contract §2.1)', () => {
  it('matches the plain formatting for any sequence of instants, repeated seconds included (300 runs)', () => {
    const near = Date.UTC(2026, 10, 20, 8, 30, 0);
    const instant = fc.oneof(
      fc.integer({ min: near - 3_000, max: near + 3_000 }),
      fc.double({ min: near - 3_000, max: near + 3_000, noNaN: true }),
      fc.integer({ min: YEAR_0, max: YEAR_10000 - 1 }),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        for (const ms of instants) expect(acsDate(ms)).toBe(expected(ms));
      }),
      { numRuns: 300 },
    );
  });

  it('still refuses an invalid instant right after a valid one', () => {
    expect(acsDate(YEAR_10000 - 1)).toBe('9999-12-31T23:59:59Z');
    expect(() => acsDate(YEAR_10000)).toThrow(RangeError);
    expect(acsDate(YEAR_0 + 5)).toBe('0000-01-01T00:00:00Z');
    expect(() => acsDate(YEAR_0 - 1)).toThrow(RangeError);
    expect(() => acsDate(Number.NaN)).toThrow(RangeError);
    expect(() => acsDate(Number.NaN)).toThrow(RangeError);
  });

  it('moves on at the next second', () => {
    const at = Date.UTC(2026, 10, 20, 8, 30, 0);
    expect([acsDate(at + 999), acsDate(at + 1_000), acsDate(at + 999)]).toEqual(['2026-11-20T08:30:00Z', '2026-11-20T08:30:01Z', '2026-11-20T08:30:00Z']);
  });
});

describe('newNonce draws random bytes in batches (contract §2.1 x-acs-signature-nonce)', () => {
  it('gives distinct 32-hex nonces across several batches, reading getRandomValues once per 64', () => {
    const getRandomValues = vi.spyOn(globalThis.crypto, 'getRandomValues');
    const nonces = Array.from({ length: 64 * 3 + 1 }, () => newNonce());
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(nonces).size).toBe(nonces.length);
    // 193 nonces: three full batches and one more, and possibly the tail of a batch drawn before this test.
    expect(getRandomValues.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(getRandomValues.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('hands out each 16-byte slot of a batch once, in order, then draws the next batch', () => {
    // Batch b, slot s is [b, s, 0, 0, …]: the first four hex digits of a nonce say which slot it came from.
    let batches = 0;
    vi.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      bytes.fill(0);
      for (let slot = 0; slot < bytes.length / 16; slot++) bytes.set([batches, slot], slot * 16);
      batches++;
      return array;
    });
    // Use up whatever batch an earlier test left (real random bytes), whatever its fill level.
    for (let i = 0; i < 64; i++) newNonce();
    const slots = Array.from({ length: 128 }, () => newNonce()).map((nonce) => [parseInt(nonce.slice(0, 2), 16), parseInt(nonce.slice(2, 4), 16)]);
    const [firstBatch, firstSlot] = slots[0]!;
    slots.forEach(([batch, slot], i) => {
      const n = firstSlot! + i;
      expect([batch, slot]).toEqual([firstBatch! + Math.floor(n / 64), n % 64]);
    });
  });
});
