import { decodeHex256, subtle, toBytes, toHex, type RawBody } from './bytes.js';
import { WebhookSignatureError } from './errors.js';

/** Name of the header Meta signs deliveries with (lower case, as Node and `Headers` report it). */
export const SIGNATURE_HEADER = 'x-hub-signature-256';

/**
 * Request headers in any common shape: a fetch `Headers`, Node's `IncomingHttpHeaders`, or a plain record such as
 * an API Gateway event's `headers` (whose keys keep the sender's case). Lookups ignore case.
 */
export type HeadersLike =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | null | undefined>>;

/** Where the signature comes from: the request headers, or the header value itself. */
export type SignatureSource =
  | { readonly headers: HeadersLike; readonly signature?: never }
  | { readonly signature: string | null | undefined; readonly headers?: never };

/** One app secret, or several during a rotation (accept the new one and the old one, then only the new one). */
export type AppSecretSource =
  | { readonly appSecret: string; readonly appSecrets?: never }
  | { readonly appSecrets: readonly [string, ...string[]]; readonly appSecret?: never };

/** What {@link verifySignature} needs. */
export type VerifySignatureParams = { readonly body: RawBody } & SignatureSource & AppSecretSource;

/** A verified signature. */
export interface SignatureMatch {
  /**
   * Which secret matched: the index in `appSecrets` (0 with a single `appSecret`). During a rotation, once only
   * index 0 (the new secret) is seen, the old one can be dropped.
   */
  readonly secretIndex: number;
}

/**
 * Verifies Meta's `X-Hub-Signature-256` header against the raw request body.
 *
 * The header must be `sha256=` + the hex HMAC-SHA256 of the body keyed with the app secret (hex in either
 * case); the comparison is `crypto.subtle.verify`, which is constant-time. A missing header is an error,
 * never a reason to skip the check. Pass the **raw bytes** (or their UTF-8 string): re-serialized JSON does not
 * verify, because Meta signs its own encoding (`\u00e4`, `\/`) — see docs/webhooks.md. Uses WebCrypto, so it
 * runs in Node, Deno, Bun and edge runtimes.
 *
 * @throws {WebhookSignatureError} with `reason` `missing`, `malformed`, `unsupported-algorithm` or `mismatch`.
 * @throws {TypeError} when no app secret is given, or `body` is not a raw body.
 * @example
 * // Express: app.post('/webhook', express.raw({ type: 'application/json' }), handler)
 * const { secretIndex } = await verifySignature({ body: req.body, headers: req.headers, appSecrets: [current, previous] });
 */
export async function verifySignature(params: VerifySignatureParams): Promise<SignatureMatch> {
  const verify = createSignatureVerifier(secretsOf(params));
  const header = params.headers !== undefined ? readHeader(params.headers, SIGNATURE_HEADER) : params.signature;
  return verify(params.body, header);
}

/**
 * Computes the `X-Hub-Signature-256` value Meta would send for `body` — for tests and local replays.
 *
 * @throws {TypeError} when `appSecret` is empty or `body` is not a raw body.
 * @example
 * const signature = await signWebhookBody(JSON.stringify(fixture), 'test-secret');
 * await handler(new Request(url, { method: 'POST', body: JSON.stringify(fixture), headers: { 'x-hub-signature-256': signature } }));
 */
export async function signWebhookBody(body: RawBody, appSecret: string): Promise<string> {
  const [key] = await importKeys([appSecret], 'sign');
  const mac = await subtle().sign('HMAC', key as CryptoKey, toBytes(body));
  return `sha256=${toHex(mac)}`;
}

/**
 * A verifier bound to the given secrets, importing each key once (the handler reuses it for every request).
 * @internal
 */
export function createSignatureVerifier(
  secrets: readonly string[],
): (body: RawBody, header: string | readonly string[] | null | undefined) => Promise<SignatureMatch> {
  checkSecrets(secrets);
  let keys: Promise<CryptoKey[]> | undefined;
  return async (body, header) => {
    const digest = parseSignatureHeader(header);
    const bytes = toBytes(body);
    keys ??= importKeys(secrets, 'verify');
    const loaded = await keys.catch((error: unknown) => {
      keys = undefined; // let a later request try again instead of caching a failure
      throw error;
    });
    // Every secret is tried (no early exit), so timing does not reveal which one matched.
    const results = await Promise.all(loaded.map((key) => subtle().verify('HMAC', key, digest, bytes)));
    const secretIndex = results.indexOf(true);
    if (secretIndex < 0) throw new WebhookSignatureError('mismatch');
    return { secretIndex };
  };
}

/**
 * Parses `sha256=<64 hex>` into the 32 digest bytes.
 * @throws {WebhookSignatureError}
 * @internal
 */
export function parseSignatureHeader(header: string | readonly string[] | null | undefined): Uint8Array<ArrayBuffer> {
  // Duplicate headers (several values, or one value joined with ", ") are never accepted.
  if (Array.isArray(header) && header.length > 1) throw new WebhookSignatureError('malformed');
  const value = (typeof header === 'string' ? header : Array.isArray(header) ? (header[0] as unknown) : undefined);
  if (typeof value !== 'string' || value.trim() === '') throw new WebhookSignatureError('missing');
  const text = value.trim();
  const eq = text.indexOf('=');
  if (eq <= 0) throw new WebhookSignatureError('malformed');
  const algorithm = text.slice(0, eq).toLowerCase();
  if (algorithm !== 'sha256') {
    throw new WebhookSignatureError(/^[a-z][a-z0-9-]*$/.test(algorithm) ? 'unsupported-algorithm' : 'malformed');
  }
  const digest = decodeHex256(text.slice(eq + 1));
  if (!digest) throw new WebhookSignatureError('malformed');
  return digest;
}

/**
 * Reads one header from any {@link HeadersLike}, ignoring case. Several values (two keys differing in case,
 * or an array) come back as an array so the caller can refuse them.
 * @internal
 */
export function readHeader(headers: HeadersLike, name: string): string | readonly string[] | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const wanted = name.toLowerCase();
  const found: string[] = [];
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== wanted || value == null) continue;
    if (Array.isArray(value)) found.push(...value.filter((item): item is string => typeof item === 'string'));
    else if (typeof value === 'string') found.push(value);
  }
  if (found.length === 0) return undefined;
  return found.length === 1 ? found[0] : found;
}

/** The secrets of {@link AppSecretSource}, current first. @internal */
export function secretsOf(source: AppSecretSource): readonly string[] {
  return source.appSecrets !== undefined ? source.appSecrets : [source.appSecret];
}

function checkSecrets(secrets: readonly string[]): void {
  if (!Array.isArray(secrets) || secrets.length === 0) throw new TypeError('An app secret is required (appSecret or appSecrets)');
  for (const secret of secrets) {
    // Never echo the value: it is the secret.
    if (typeof secret !== 'string' || secret.length === 0) throw new TypeError('Every app secret must be a non-empty string');
  }
}

async function importKeys(secrets: readonly string[], usage: 'sign' | 'verify'): Promise<CryptoKey[]> {
  checkSecrets(secrets);
  const encoder = new TextEncoder();
  return Promise.all(
    secrets.map((secret) =>
      subtle().importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]),
    ),
  );
}
