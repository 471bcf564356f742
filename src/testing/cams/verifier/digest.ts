/**
 * SHA-256, HMAC-SHA256 and a constant-time comparison over WebCrypto, so the simulator's verifier runs in Node, Bun,
 * Deno and Workers alike. Deliberately separate from the SDK's signer (src/cams/signing): a verifier that shared the
 * signer's code could not catch the signer's mistakes.
 * @internal
 */

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.subtle === undefined) throw new TypeError('The CAMS simulator needs WebCrypto (globalThis.crypto.subtle)');
  return crypto.subtle;
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Lowercase hex SHA-256 of bytes, or of the UTF-8 of a string. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return hex(await subtle().digest('SHA-256', bytes as BufferSource));
}

/** Lowercase hex HMAC-SHA256 keyed with the UTF-8 of `secret` as is (V3 adds no `&`, contract §2.3). */
export async function hmacSha256Hex(secret: string, text: string): Promise<string> {
  const key = await subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await subtle().sign('HMAC', key, encoder.encode(text)));
}

/** Compares two strings without stopping at the first difference (no timing hint about a signature). */
export function equalConstantTime(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}
