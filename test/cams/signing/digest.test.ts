import { createHash, createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_SHA256_HEX, HmacKeyCache, hmacSha256Hex, sha256Hex, toHex } from '../../../src/cams/signing/digest.js';

const SECRET = 'DigestTestSecret/NotReal+0001';
const ROTATED = 'DigestTestSecret/NotReal+0002';

const nodeHmac = (secret: string, text: string): string => createHmac('sha256', secret).update(text, 'utf8').digest('hex');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sha256Hex and toHex (contract §2.2 HashedPayload, §2.3)', () => {
  it('uses the constant of contract §2.1 for the empty body, which is the SHA-256 of zero bytes', async () => {
    expect(EMPTY_SHA256_HEX).toBe(createHash('sha256').update('').digest('hex'));
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest');
    await expect(sha256Hex('')).resolves.toBe(EMPTY_SHA256_HEX);
    expect(digest).not.toHaveBeenCalled();
  });

  it('matches node:crypto for any text, empty included (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 200 },
    );
  });

  it('writes lowercase hex, two digits per byte (200 runs)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(toHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('HmacKeyCache (contract §2.3: the key is the raw secret)', () => {
  it('imports the key of a secret once and reuses it while the secret stays the same', async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    const cache = new HmacKeyCache();
    const first = cache.key(SECRET);
    expect(cache.key(SECRET)).toBe(first);
    // Concurrent first requests share the one import.
    await Promise.all([hmacSha256Hex(cache.key(SECRET), 'a'), hmacSha256Hex(cache.key(SECRET), 'b')]);
    expect(importKey).toHaveBeenCalledTimes(1);
    await expect(hmacSha256Hex(cache.key(SECRET), 'ACS3-HMAC-SHA256\nabc')).resolves.toBe(nodeHmac(SECRET, 'ACS3-HMAC-SHA256\nabc'));
    // Once imported, the key itself is handed out (no promise shared between calls).
    const settled = cache.key(SECRET);
    expect(settled).toBe(await first);
    expect(cache.key(SECRET)).toBe(settled);
  });

  it('signs with a rotated secret on the next call, not with the cached key, and lets the old one go', async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    const cache = new HmacKeyCache();
    const old = cache.key(SECRET);
    await expect(hmacSha256Hex(old, 'x')).resolves.toBe(nodeHmac(SECRET, 'x'));
    const rotated = cache.key(ROTATED);
    expect(rotated).not.toBe(old);
    await expect(hmacSha256Hex(rotated, 'x')).resolves.toBe(nodeHmac(ROTATED, 'x'));
    // One entry: going back to the first secret imports it again (the old key was not kept).
    expect(cache.key(SECRET)).not.toBe(old);
    expect(importKey).toHaveBeenCalledTimes(3);
  });

  it('always signs with the secret asked for, over any sequence of secrets (100 runs)', async () => {
    const secret = fc.constantFrom(SECRET, ROTATED, 'a', 'ß€😀', `${SECRET} `);
    await fc.assert(
      fc.asyncProperty(fc.array(secret, { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 40 }), async (secrets, text) => {
        const cache = new HmacKeyCache();
        for (const s of secrets) expect(await hmacSha256Hex(cache.key(s), text)).toBe(nodeHmac(s, text));
      }),
      { numRuns: 100 },
    );
  });

  it('does not keep a failed import: the next call imports again', async () => {
    const real = globalThis.crypto.subtle.importKey.bind(globalThis.crypto.subtle);
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('transient'));
    const cache = new HmacKeyCache();
    await expect(cache.key(SECRET)).rejects.toThrow('transient');
    importKey.mockImplementation(real);
    await expect(hmacSha256Hex(cache.key(SECRET), 'y')).resolves.toBe(nodeHmac(SECRET, 'y'));
    expect(importKey).toHaveBeenCalledTimes(2);
  });

  it('never shows the secret: not in JSON, util.inspect or String()', async () => {
    const cache = new HmacKeyCache();
    await cache.key(SECRET);
    for (const shown of [JSON.stringify(cache), inspect(cache, { showHidden: true, depth: 5 }), String(cache)]) expect(shown).not.toContain(SECRET);
  });

  it('forgets the secret on clear()', async () => {
    const cache = new HmacKeyCache();
    const key = cache.key(SECRET);
    cache.clear();
    expect(cache.key(SECRET)).not.toBe(key);
  });
});
