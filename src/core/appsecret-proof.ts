/**
 * `appsecret_proof = hex(HMAC-SHA256(key = app secret, message = access token))` — Graph's proof that the caller
 * holds the app secret (https://developers.facebook.com/docs/graph-api/guides/secure-requests).
 *
 * Computed with `node:crypto`'s `createHmac` where the runtime offers it through `process.getBuiltinModule` (Node
 * ≥ 20.16 / 22.3; no bundler sees a `node:` import), else with WebCrypto (edge runtimes): the same bytes either way.
 * Why not WebCrypto everywhere: its first use in a process loads Node's WebCrypto layer, about 10 ms of a cold start,
 * against under 1 ms for `createHmac` (issue #12; `node:crypto` is loaded by then, undici's TLS support needs it).
 * Nothing is computed or loaded before the first proof is asked for: constructing a client with an app secret costs
 * nothing. Proofs are cached per token (tokens rotate rarely; each call would otherwise pay an HMAC); the WebCrypto
 * key, when used, once per app secret.
 */
export class AppSecretProof {
  readonly #appSecret: string;
  /** WebCrypto only: the imported key, from the first proof on. */
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

  async #compute(accessToken: string): Promise<string> {
    const createHmac = nodeCrypto()?.createHmac;
    if (createHmac) return createHmac('sha256', this.#appSecret).update(accessToken).digest('hex');
    this.#key ??= crypto.subtle.importKey('raw', new TextEncoder().encode(this.#appSecret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    return toHex(await crypto.subtle.sign('HMAC', await this.#key, new TextEncoder().encode(accessToken)));
  }
}

/** The part of `node:crypto` a proof needs. */
interface NodeCrypto {
  readonly createHmac?: (algorithm: 'sha256', key: string) => { update(data: string): { digest(encoding: 'hex'): string } };
}

/**
 * `node:crypto`, or `undefined` where the runtime has no `process.getBuiltinModule` (Node < 20.16, browsers, most
 * edge runtimes). The runtime caches the module: asking again (once per new token) costs nothing. @internal
 */
export function nodeCrypto(): NodeCrypto | undefined {
  try {
    return (globalThis as { process?: { getBuiltinModule?: (id: string) => NodeCrypto | undefined } }).process?.getBuiltinModule?.('node:crypto');
  } catch {
    return undefined;
  }
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
