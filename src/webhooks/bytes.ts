/**
 * Byte helpers of the webhook module: raw-body normalisation, hex decoding, constant-time comparison and
 * access to WebCrypto. WebCrypto (`globalThis.crypto.subtle`) rather than `node:crypto`, so the same code runs
 * in Node, Deno, Bun, Cloudflare Workers and other edge runtimes.
 */

/**
 * The request body exactly as received: the bytes Meta signed (`Uint8Array`/`Buffer`, `ArrayBuffer`, any
 * `ArrayBufferView`) or their UTF-8 decoding as a `string`.
 *
 * Never a parsed object, and never a string produced by re-serializing one: Meta signs its own bytes (which
 * escape non-ASCII as `\u00e4` and `/` as `\/`), so `JSON.stringify(JSON.parse(body))` no longer verifies.
 */
export type RawBody = string | ArrayBuffer | ArrayBufferView;

const encoder = new TextEncoder();

/**
 * The raw body as bytes, without copying when possible.
 * @throws {TypeError} when `body` is not a {@link RawBody} (typically an object parsed by a JSON middleware).
 * @internal
 */
export function toBytes(body: RawBody): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return encoder.encode(body);
  if (isArrayBuffer(body)) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) {
    const view = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    // A SharedArrayBuffer-backed view is copied: WebCrypto only takes ArrayBuffer-backed sources.
    return isArrayBuffer(body.buffer) ? (view as Uint8Array<ArrayBuffer>) : new Uint8Array(view);
  }
  throw new TypeError(
    'The webhook body must be the raw request body (string, Uint8Array, Buffer or ArrayBuffer). ' +
      'If a JSON middleware already parsed it, configure it to keep the raw bytes: re-serializing breaks the signature.',
  );
}

// Cross-realm: `instanceof ArrayBuffer` fails for buffers made in another realm (vm, some test environments).
function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

const HEX_64 = /^[0-9a-fA-F]{64}$/;

/** Decodes a 64-digit hex string (either case) into 32 bytes, or returns undefined. @internal */
export function decodeHex256(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!HEX_64.test(hex)) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Lowercase hex of `bytes`. @internal */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const byte of view) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * Constant-time equality of two strings' UTF-8 bytes: the time depends on the length only, never on where
 * the first difference is (XOR-accumulate over every byte after the length check).
 * @internal
 */
export function timingSafeEqualText(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  if (left.length !== right.length) return false;
  let diff = 0;
  for (let i = 0; i < left.length; i += 1) diff |= (left[i] as number) ^ (right[i] as number);
  return diff === 0;
}

/**
 * WebCrypto's `SubtleCrypto`, present in Node ≥ 19, Deno, Bun, Workers and browsers.
 * @throws {TypeError} when the runtime has no WebCrypto.
 * @internal
 */
export function subtle(): SubtleCrypto {
  const api = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (!api) throw new TypeError('wabakit/webhooks needs WebCrypto (globalThis.crypto.subtle), available in Node ≥ 19 and edge runtimes');
  return api;
}

/** SHA-256 of a UTF-8 string, lowercase hex. @internal */
export async function sha256Hex(text: string): Promise<string> {
  return toHex(await subtle().digest('SHA-256', encoder.encode(text)));
}
