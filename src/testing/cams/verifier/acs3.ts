/**
 * The simulator's ACS3-HMAC-SHA256 verifier: what the Alibaba gateway does with a request (contract §2), written
 * from the contract alone and run over WebCrypto (Workers included). It decodes the wire query and re-encodes it per
 * RFC 3986 (§2.4), builds the canonical headers from the headers actually received, hashes the body actually
 * received, and checks the date window, the key, the STS token and the nonce. Rejections are the gateway errors of
 * §3.2.
 * @internal
 */

import { gateway, CamsGatewayError } from '../wire/errors.js';
import { equalConstantTime, hmacSha256Hex, sha256Hex } from './digest.js';
import { canonicalQuery, decodePairs, PercentEncodingError, type DecodedPair } from './encode.js';

/** The only algorithm CAMS needs (contract §2.3). */
export const ACS3 = 'ACS3-HMAC-SHA256';
/** Contract §2.1: `x-acs-date` within 15 minutes of the gateway clock; nonces are remembered as long. */
export const SKEW_MS = 15 * 60_000;

const AUTHORIZATION = /^(\S+) Credential=([^,\s]+),SignedHeaders=([^,\s]+),Signature=([0-9a-f]{64})$/;
const ACS_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
/** Headers a request must carry and sign (contract §2.1). */
const REQUIRED_SIGNED = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];

/** What the verifier knows about an AccessKey. */
export interface VerifierKey {
  readonly accessKeySecret: string;
  /** The STS token issued with this (temporary) key; required on every request signed with it. */
  readonly securityToken?: string | undefined;
  /** Epoch ms after which the STS token is expired. */
  readonly expiresAt?: number | undefined;
  /** A disabled key gets `InvalidAccessKeyId.Inactive`. */
  readonly active?: boolean | undefined;
}

/** The request as received. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

/** A verified request: the signer, and the decoded parameters. */
export interface VerifiedRequest {
  readonly accessKeyId: string;
  readonly action: string;
  readonly version: string;
  readonly queryPairs: readonly DecodedPair[];
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

/** Remembers nonces per key for {@link SKEW_MS}; a repeat within that window is a replay (contract §2.4). */
export class NonceLedger {
  readonly #seen = new Map<string, number>();

  /** True when the nonce was already used; otherwise records it. Forgets nonces older than the window. */
  replayed(accessKeyId: string, nonce: string, now: number): boolean {
    for (const [key, at] of this.#seen) {
      if (now - at > SKEW_MS) this.#seen.delete(key);
      else break;
    }
    const key = `${accessKeyId}\n${nonce}`;
    if (this.#seen.has(key)) return true;
    this.#seen.set(key, now);
    return false;
  }
}

/** Dependencies of {@link verifyAcs3}. */
export interface VerifierDeps {
  readonly now: number;
  readonly key: (accessKeyId: string) => VerifierKey | undefined;
  readonly nonces: NonceLedger;
}

function parseDate(value: string): number | undefined {
  const m = ACS_DATE.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Reject 2026-02-30 and the like: the fields must round-trip.
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? ms : undefined;
}

function incomplete(why: string): CamsGatewayError {
  return gateway('IncompleteSignature', why);
}

function checkSignedHeaders(headers: Headers, signed: readonly string[]): void {
  const sorted = [...signed].sort();
  if (signed.some((name, i) => name !== sorted[i] || name !== name.toLowerCase() || signed.indexOf(name) !== i)) {
    throw incomplete('SignedHeaders must be lower-case, unique and sorted.');
  }
  for (const name of signed) {
    if (name !== 'host' && name !== 'content-type' && !name.startsWith('x-acs-')) {
      throw incomplete(`Only host, content-type and x-acs-* headers are signed; ${name} is not.`);
    }
    if (name !== 'host' && !headers.has(name)) throw incomplete(`The signed header ${name} is missing from the request.`);
  }
  for (const name of REQUIRED_SIGNED) {
    if (name !== 'host' && !headers.has(name)) throw incomplete(`The header ${name} is required.`);
    if (!signed.includes(name)) throw incomplete(`The header ${name} must be signed.`);
  }
  // Contract §2.1: every x-acs-* header and content-type the request carries must be signed.
  for (const [name] of headers) {
    if ((name.startsWith('x-acs-') || name === 'content-type') && !signed.includes(name)) {
      throw incomplete(`The header ${name} is present but not signed.`);
    }
  }
}

function checkCredential(accessKeyId: string, headers: Headers, deps: VerifierDeps): VerifierKey {
  const key = deps.key(accessKeyId);
  if (key === undefined) throw gateway('InvalidAccessKeyId.NotFound');
  if (key.active === false) throw gateway('InvalidAccessKeyId.Inactive');
  const token = headers.get('x-acs-security-token');
  const isSts = key.securityToken !== undefined || accessKeyId.startsWith('STS.');
  if (isSts && token === null) throw gateway('MissingSecurityToken');
  if (token !== null && (key.securityToken === undefined || !equalConstantTime(token.trim(), key.securityToken))) {
    throw gateway('InvalidSecurityToken.MismatchWithAccessKey');
  }
  if (isSts && key.expiresAt !== undefined && deps.now >= key.expiresAt) throw gateway('InvalidSecurityToken.Expired');
  return key;
}

/**
 * Verifies one request. Order: Authorization format → algorithm → signed-header coverage → date format → date window
 * → key → STS token → payload hash → signature → nonce (recorded only once the signature holds, so a forged request
 * cannot burn a client's nonce).
 * @throws {CamsGatewayError} the gateway's rejection.
 */
export async function verifyAcs3(request: ReceivedRequest, deps: VerifierDeps): Promise<VerifiedRequest> {
  const { headers } = request;
  const authorization = headers.get('authorization');
  if (authorization === null) throw incomplete('The Authorization header is missing.');
  const match = AUTHORIZATION.exec(authorization.trim());
  if (!match) throw incomplete('The Authorization header is not "ACS3-HMAC-SHA256 Credential=…,SignedHeaders=…,Signature=…".');
  const [, algorithm = '', accessKeyId = '', signedList = '', signature = ''] = match;
  if (algorithm !== ACS3) throw gateway('InvalidSignatureMethod');
  const signed = signedList.split(';');
  checkSignedHeaders(headers, signed);

  const date = headers.get('x-acs-date') ?? '';
  const at = parseDate(date.trim());
  if (at === undefined) throw gateway('InvalidTimeStamp.Format');
  if (Math.abs(deps.now - at) > SKEW_MS) throw gateway('InvalidTimeStamp.Expired');

  const key = checkCredential(accessKeyId, headers, deps);

  let queryPairs: DecodedPair[];
  try {
    queryPairs = decodePairs(request.url.search.replace(/^\?/, ''), false);
  } catch (error) {
    if (error instanceof PercentEncodingError) throw new CamsGatewayError('InvalidParameter', 400, 'The query string is not valid percent-encoding.');
    throw error;
  }
  const payloadHash = await sha256Hex(request.body);
  const sentHash = (headers.get('x-acs-content-sha256') ?? '').trim();
  if (sentHash !== payloadHash) {
    throw gateway('SignatureDoesNotMatch', 'The x-acs-content-sha256 header is not the SHA-256 of the body received.');
  }
  // The host header as sent; runtimes that hide it from a Request (browsers) still have it in the URL.
  const value = (name: string): string => (headers.get(name) ?? (name === 'host' ? request.url.host : '')).trim();
  const canonicalHeaders = signed.map((name) => `${name}:${value(name)}\n`).join('');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.url.pathname,
    canonicalQuery(queryPairs),
    canonicalHeaders,
    signedList,
    payloadHash,
  ].join('\n');
  const stringToSign = `${ACS3}\n${await sha256Hex(canonicalRequest)}`;
  const expected = await hmacSha256Hex(key.accessKeySecret, stringToSign);
  if (!equalConstantTime(expected, signature)) {
    // Observed V3 text (contract §3.2): the server's string to sign is echoed; it holds only a hash, no secret.
    throw gateway('SignatureDoesNotMatch', `server StringToSign is [${stringToSign}]`);
  }
  if (deps.nonces.replayed(accessKeyId, value('x-acs-signature-nonce'), deps.now)) throw gateway('SignatureNonceUsed');
  return { accessKeyId, action: value('x-acs-action'), version: value('x-acs-version'), queryPairs, canonicalRequest, stringToSign };
}
