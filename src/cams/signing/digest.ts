/**
 * SHA-256 and HMAC-SHA256 over WebCrypto (`crypto.subtle`), the only crypto available in Node, Bun, Deno and
 * Workers alike (contract §2.3: hex SHA-256 of the canonical request and of the body, HMAC with the raw secret).
 * @internal — used by the ACS3 signer only.
 */

const encoder = new TextEncoder();

/** The one algorithm object every import uses (WebCrypto normalises it on each call; no need to rebuild it too). */
const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256' } as const;

/**
 * Lowercase hex SHA-256 of zero bytes, the `x-acs-content-sha256` and HashedPayload of every request without a
 * body (contract §2.1, §2.2 give it literally): a constant, so a body-less call skips one WebCrypto round trip.
 */
export const EMPTY_SHA256_HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// Two hex digits per byte value, built once: three digests per request go through toHex.
const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.subtle === undefined) {
    throw new TypeError('WebCrypto (globalThis.crypto.subtle) is required to sign CAMS requests');
  }
  return crypto.subtle;
}

/** Lowercase hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX_BYTES[bytes[i] as number];
  return out;
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text` (contract §2.2 HashedPayload, §2.3). */
export async function sha256Hex(text: string): Promise<string> {
  if (text === '') return EMPTY_SHA256_HEX;
  const digest = await subtle().digest('SHA-256', encoder.encode(text));
  return toHex(new Uint8Array(digest));
}

/** Imports `secret` (UTF-8, as is: V3 appends no `&`, contract §2.3) as a non-extractable HMAC-SHA256 signing key. */
export async function importHmacKey(secret: string): Promise<CryptoKey> {
  return subtle().importKey('raw', encoder.encode(secret), HMAC_SHA256, false, ['sign']);
}

/**
 * The imported HMAC key of the last secret a client signed with, so a warm client imports its key once instead of
 * on every request (contract §2.3: the key is the raw secret, constant until the credentials rotate).
 *
 * Keyed on the secret's value, not on the credentials object: a rotated secret (STS refresh, a provider answering
 * a new pair) misses and replaces the entry, so the next request signs with the new key and the old secret and key
 * are let go at once. One entry only: nothing outlives the client that holds the cache. The secret sits in a
 * private field, out of `JSON.stringify`, `util.inspect` and logs.
 */
export class HmacKeyCache {
  #secret: string | undefined;
  // The import while it runs, then the key itself: a warm call awaits nothing shared with an earlier call (a
  // Worker's requests never wait on one another's promises once the key exists).
  #key: Promise<CryptoKey> | CryptoKey | undefined;

  /** The key for `secret`: the cached one when it was the last secret imported, else a new import that replaces it. */
  key(secret: string): Promise<CryptoKey> | CryptoKey {
    if (this.#key !== undefined && this.#secret === secret) return this.#key;
    const key = importHmacKey(secret);
    this.#secret = secret;
    this.#key = key;
    key.then(
      (imported) => {
        if (this.#key === key) this.#key = imported;
      },
      // A failed import is not kept: the next request imports again instead of failing forever.
      () => {
        if (this.#key === key) this.clear();
      },
    );
    return key;
  }

  /** Forgets the secret and its key. */
  clear(): void {
    this.#secret = undefined;
    this.#key = undefined;
  }
}

/**
 * Lowercase hex HMAC-SHA256 of `text` (contract §2.3). `key` is the secret (imported for this call) or a key
 * from {@link HmacKeyCache}.
 */
export async function hmacSha256Hex(key: string | Promise<CryptoKey> | CryptoKey, text: string): Promise<string> {
  const cryptoKey = await (typeof key === 'string' ? importHmacKey(key) : key);
  const mac = await subtle().sign('HMAC', cryptoKey, encoder.encode(text));
  return toHex(new Uint8Array(mac));
}
