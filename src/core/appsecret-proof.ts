/**
 * `appsecret_proof = hex(HMAC-SHA256(key = app secret, message = access token))` — Graph's proof that the caller
 * holds the app secret (https://developers.facebook.com/docs/graph-api/guides/secure-requests).
 *
 * WebCrypto, not `node:crypto`, so edge runtimes (Workers, Vercel Edge, Deno) compute it too. Keys are cached
 * per app secret, proofs per token (tokens rotate rarely; each call would otherwise pay an HMAC).
 */
export class AppSecretProof {
  readonly #key: Promise<CryptoKey>;
  #lastToken: string | undefined;
  #lastProof: Promise<string> | undefined;

  constructor(appSecret: string) {
    this.#key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(appSecret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
  }

  /** The proof for `accessToken`, lower-case hex. */
  for(accessToken: string): Promise<string> {
    if (this.#lastToken !== accessToken || this.#lastProof === undefined) {
      this.#lastToken = accessToken;
      this.#lastProof = this.#key.then(async (key) =>
        toHex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(accessToken))),
      );
    }
    return this.#lastProof;
  }
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
