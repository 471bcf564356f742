import type { SimStore } from '../state/store.js';
import type { SimToken } from '../state/types.js';
import { SimGraphError } from '../wire/graph-error.js';
import type { Params } from '../wire/params.js';

/**
 * Bearer-token check (contract §1.2 "Auth", "appsecret_proof"). Messages never contain the token.
 * @internal
 */

/** The token of a request: `Authorization: Bearer …` (or `OAuth …`), else the `access_token` parameter. */
export function tokenOf(request: Request, params: Params): string | undefined {
  const header = request.headers.get('authorization');
  const match = header === null ? null : /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(header);
  if (match?.[1]) return match[1];
  const param = params.string('access_token');
  return param === '' ? undefined : param;
}

/** Error 190, HTTP 401 — Graph's answer to a missing, unknown or malformed token. */
export function invalidToken(missing: boolean): SimGraphError {
  return new SimGraphError({
    code: 190,
    status: 401,
    message: missing
      ? 'An active access token must be used to query information about this resource.'
      : 'Invalid OAuth access token - Cannot parse access token',
  });
}

/**
 * Resolves the caller's token, including app tokens (`{app-id}|{app-secret}`), and checks `appsecret_proof`.
 * @throws SimGraphError 190 (HTTP 401) for a missing/unknown token; (#100) for a missing or wrong proof.
 */
export async function authenticate(request: Request, params: Params, store: SimStore): Promise<SimToken> {
  const value = tokenOf(request, params);
  if (value === undefined) throw invalidToken(true);
  const token = store.tokens.get(value) ?? appToken(value, store);
  if (!token) throw invalidToken(false);
  await checkProof(token, params, store);
  return token;
}

function appToken(value: string, store: SimStore): SimToken | undefined {
  const [appId, secret, extra] = value.split('|');
  if (appId === undefined || secret === undefined || extra !== undefined) return undefined;
  const app = store.apps.get(appId);
  if (!app || app.secret !== secret) return undefined;
  return { value, appId, type: 'APP', userId: appId, scopes: [] };
}

async function checkProof(token: SimToken, params: Params, store: SimStore): Promise<void> {
  const app = store.apps.get(token.appId);
  if (!app || token.type === 'APP') return;
  const proof = params.string('appsecret_proof');
  if (proof === undefined) {
    if (!app.requireAppSecretProof) return;
    throw new SimGraphError({
      code: 100,
      type: 'GraphMethodException',
      message: 'API calls from the server require an appsecret_proof argument',
    });
  }
  if (proof.toLowerCase() !== (await hmacHex(app.secret, token.value))) {
    throw new SimGraphError({
      code: 100,
      type: 'GraphMethodException',
      message: 'Invalid appsecret_proof provided in the API argument',
    });
  }
}

/** hex(HMAC-SHA256(key, message)) with WebCrypto (works outside Node too). */
export async function hmacHex(key: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
  let hex = '';
  for (const byte of signature) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
