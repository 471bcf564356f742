/**
 * `appsecret_proof = hex(HMAC-SHA256(key = app secret, message = access token))` — Graph's proof that the caller
 * holds the app secret (https://developers.facebook.com/docs/graph-api/guides/secure-requests).
 *
 * Computed with `node:crypto` where the runtime has it (Node, Bun, Deno, Workers with `nodejs_compat`, reached through
 * `process.getBuiltinModule`, so no bundler sees a `node:` import), else with WebCrypto (edge runtimes). The same
 * bytes either way. Why not WebCrypto everywhere: its first use in a process loads Node's WebCrypto layer, about
 * 10 ms of a cold start against under 1 ms for `createHmac` (issue #12; `node:crypto` is already loaded by then,
 * undici needs it for TLS). Nothing is computed or loaded before the first proof is asked for: constructing a client
 * with an app secret costs nothing. Proofs are cached per token (tokens rotate rarely; each call would otherwise pay
 * an HMAC); the WebCrypto key, when used, once per app secret.
 */
export class AppSecretProof {
  readonly #appSecret: string;
  /** WebCrypto only: the imported key, on the first proof. */
  #key: Promise<CryptoKey> | undefined;
  #lastToken: string | undefined;
  #lastProof: Promise<string> | undefined;

  constructor(appSecret: string) {
    this.#appSecret = appSecret;
  }

  /** The proof for `accessToken`, lower-case hex. */
  for(accessToken: string): Promise<string> {
    if (this.#lastToken !== accessToken || this.#lastProof === undefined) {
      this.#lastToken = accessToken;
      this.#lastProof = this.#compute(accessToken);
    }
    return this.#lastProof;
  }

  #compute(accessToken: string): Promise<string> {
    const hmac = nodeHmac();
    if (hmac !== undefined) {
      try {
        return Promise.resolve(hmac('sha256', this.#appSecret).update(accessToken).digest('hex'));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    this.#key ??= crypto.subtle.importKey('raw', new TextEncoder().encode(this.#appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    return this.#key.then(async (key) => toHex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(accessToken))));
  }
}

/** The part of `node:crypto` a proof needs. */
type CreateHmac = (algorithm: 'sha256', key: string) => { update(data: string): { digest(encoding: 'hex'): string } };

/** `createHmac` of `node:crypto`; `null` once known to be absent; `undefined` until first asked. */
let createHmac: CreateHmac | null | undefined;

/**
 * `node:crypto`'s `createHmac`, looked up once per process, or `undefined` where the runtime has none (no
 * `process.getBuiltinModule`: Node < 20.16, browsers, most edge runtimes). @internal
 */
export function nodeHmac(): CreateHmac | undefined {
  if (createHmac === undefined) {
    const processLike = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    let found: unknown;
    try {
      found = processLike?.getBuiltinModule?.('node:crypto');
    } catch {
      found = undefined;
    }
    const candidate = (found as { createHmac?: unknown } | undefined)?.createHmac;
    createHmac = typeof candidate === 'function' ? (candidate as CreateHmac) : null;
  }
  return createHmac ?? undefined;
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
