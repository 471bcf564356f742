/**
 * SHA-256 and HMAC-SHA256 over WebCrypto (`crypto.subtle`), the only crypto available in Node, Bun, Deno and
 * Workers alike (contract §2.3: hex SHA-256 of the canonical request and of the body, HMAC with the raw secret).
 * @internal — used by the ACS3 signer only.
 */

const encoder = new TextEncoder();

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
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text` (contract §2.2 HashedPayload, §2.3). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtle().digest('SHA-256', encoder.encode(text));
  return toHex(new Uint8Array(digest));
}

/** Lowercase hex HMAC-SHA256 with `key` = UTF-8 of the secret, as is (V3 appends no `&`, contract §2.3). */
export async function hmacSha256Hex(key: string, text: string): Promise<string> {
  const cryptoKey = await subtle().importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await subtle().sign('HMAC', cryptoKey, encoder.encode(text));
  return toHex(new Uint8Array(mac));
}
