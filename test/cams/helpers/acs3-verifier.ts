/**
 * An independent ACS3-HMAC-SHA256 verifier: what the Alibaba gateway does with a request, written from contract
 * §2 alone (it never calls the SDK's signer or encoder). It decodes the wire query and re-encodes it per §2.2,
 * builds the canonical headers from the headers actually received, hashes the body actually received, and checks
 * the date window, the nonce and the key. Test-only: uses node:crypto on purpose, so signer and verifier share no
 * crypto code either.
 *
 * Used by the signing tests and by msw handlers that stand in for `cams.ap-southeast-1.aliyuncs.com`.
 */

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Gateway error codes the verifier answers with (contract §3.2), plus two of its own for wire-format faults. */
export type Acs3VerifyCode =
  | 'IncompleteSignature'
  | 'SignatureDoesNotMatch'
  | 'InvalidTimeStamp.Format'
  | 'InvalidTimeStamp.Expired'
  | 'SignatureNonceUsed'
  | 'InvalidAccessKeyId.NotFound'
  | 'InvalidSignatureMethod'
  | 'MissingSecurityToken'
  | 'InvalidSecurityToken.MismatchWithAccessKey'
  /** Verifier-only: a bare `+`, a bad `%XX`, a duplicate name — things the SDK must never send (contract §2.4). */
  | 'InvalidParameter.Encoding';

/** A successful verification: who signed, which operation, and every parameter (query and form body merged). */
export interface Acs3VerifyOk {
  readonly ok: true;
  readonly accessKeyId: string;
  readonly action: string;
  readonly version: string;
  readonly params: Record<string, string>;
  readonly queryParams: Record<string, string>;
  readonly bodyParams: Record<string, string>;
  readonly securityToken: string | undefined;
  readonly signedHeaders: readonly string[];
  readonly nonce: string;
}

/** A rejection, with the gateway code and a gateway-style message. */
export interface Acs3VerifyFailure {
  readonly ok: false;
  readonly code: Acs3VerifyCode;
  readonly message: string;
  /** HTTP status the gateway would use (contract §3.2). */
  readonly status: number;
}

export type Acs3VerifyResult = Acs3VerifyOk | Acs3VerifyFailure;

export interface Acs3VerifyOptions {
  /** The gateway clock, epoch ms. @default Date.now */
  readonly now?: () => number;
  /** Allowed distance between `x-acs-date` and `now` (contract §2.1: 15 minutes). */
  readonly maxSkewMs?: number;
  /** Nonces already seen. Pass one Set across calls to reject replays; each accepted nonce is added. */
  readonly seenNonces?: Set<string>;
  /** The STS token issued with an `STS.` key id; when given, a different token is rejected. */
  readonly securityTokens?: (accessKeyId: string) => string | undefined;
}

const ALGORITHM = 'ACS3-HMAC-SHA256';
const FIFTEEN_MINUTES = 15 * 60_000;
const REQUIRED = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];

/**
 * Verifies an ACS3-signed request the way the gateway would.
 *
 * Reads the body from a clone, so the handler can still read `request`.
 *
 * @example
 * http.post('https://cams.ap-southeast-1.aliyuncs.com/', async ({ request }) => {
 *   const result = await verifyAcs3(request, (id) => (id === 'LTAI…' ? secret : undefined), { seenNonces });
 *   if (!result.ok) return HttpResponse.json({ Code: result.code, Message: result.message }, { status: result.status });
 *   …
 * });
 */
export async function verifyAcs3(
  request: Request,
  secrets: (accessKeyId: string) => string | undefined,
  opts: Acs3VerifyOptions = {},
): Promise<Acs3VerifyResult> {
  const url = new URL(request.url);
  const headers = request.headers;

  // 1. Authorization: `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>` (§2.3).
  const authorization = headers.get('authorization');
  if (authorization === null) return fail('IncompleteSignature', 'The request signature does not conform to Aliyun standards. (no Authorization header)');
  const space = authorization.indexOf(' ');
  const algorithm = space < 0 ? authorization : authorization.slice(0, space);
  if (algorithm !== ALGORITHM) {
    return algorithm.startsWith('ACS3-')
      ? fail('InvalidSignatureMethod', 'Specified signature method is not valid.')
      : fail('IncompleteSignature', 'The request signature does not conform to Aliyun standards. (algorithm)');
  }
  const fields = new Map<string, string>();
  for (const part of authorization.slice(space + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return fail('IncompleteSignature', 'The request signature does not conform to Aliyun standards. (Authorization field)');
    fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const accessKeyId = fields.get('Credential');
  const signedHeaderList = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (fields.size !== 3 || !accessKeyId || !signedHeaderList || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    return fail('IncompleteSignature', 'The request signature does not conform to Aliyun standards. (Credential, SignedHeaders, Signature)');
  }

  // 2. Signed headers: lower case, sorted, unique; every required one present; no unsigned x-acs-*, host or
  //    content-type on the request; nothing else signed (§2.1 "every x-acs-* header, host and content-type …").
  const signedHeaders = signedHeaderList.split(';');
  const sorted = [...signedHeaders].sort();
  if (signedHeaders.some((name, i) => name !== sorted[i] || name !== name.toLowerCase() || name === '' || name === signedHeaders[i - 1])) {
    return fail('IncompleteSignature', 'The request signature does not conform to Aliyun standards. (SignedHeaders must be sorted lower-case names)');
  }
  const received = new Map<string, string>();
  for (const [name, value] of headers) received.set(name.toLowerCase(), value);
  // A server always sees Host; fetch may leave it out of Request.headers and derive it from the URL.
  if (!received.has('host')) received.set('host', url.host);
  else if (received.get('host') !== url.host) return fail('IncompleteSignature', 'The host header differs from the request URL host.');
  for (const name of REQUIRED) {
    if (!received.has(name)) return fail('IncompleteSignature', `The request signature does not conform to Aliyun standards. (missing ${name})`);
    if (!signedHeaders.includes(name)) return fail('IncompleteSignature', `The request signature does not conform to Aliyun standards. (${name} not signed)`);
  }
  for (const name of received.keys()) {
    const mustSign = name === 'host' || name === 'content-type' || name.startsWith('x-acs-');
    if (mustSign && !signedHeaders.includes(name)) return fail('IncompleteSignature', `The request signature does not conform to Aliyun standards. (unsigned header ${name})`);
  }
  for (const name of signedHeaders) {
    if (!received.has(name)) return fail('IncompleteSignature', `The request signature does not conform to Aliyun standards. (signed header ${name} absent)`);
    if (!(name === 'host' || name === 'content-type' || name.startsWith('x-acs-'))) {
      return fail('IncompleteSignature', `The request signature does not conform to Aliyun standards. (${name} must not be signed)`);
    }
  }

  // 3. Date and key.
  const date = received.get('x-acs-date') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(date) || Number.isNaN(Date.parse(date))) {
    return fail('InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
  }
  const now = (opts.now ?? Date.now)();
  if (Math.abs(now - Date.parse(date)) > (opts.maxSkewMs ?? FIFTEEN_MINUTES)) {
    return fail('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
  }
  const secret = secrets(accessKeyId);
  if (secret === undefined) return fail('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
  const token = received.get('x-acs-security-token');
  if (accessKeyId.startsWith('STS.') && token === undefined) return fail('MissingSecurityToken', 'The security token is missing.');
  if (token !== undefined && opts.securityTokens !== undefined && opts.securityTokens(accessKeyId) !== token) {
    return fail('InvalidSecurityToken.MismatchWithAccessKey', 'The security token does not belong to this access key.');
  }
  const akHeader = received.get('x-acs-accesskey-id');
  if (akHeader !== undefined && akHeader !== accessKeyId) return fail('IncompleteSignature', 'x-acs-accesskey-id differs from the Credential.');

  // 4. Body: hash the exact bytes received and compare with x-acs-content-sha256 (§2.2 HashedPayload).
  const bodyBytes = new Uint8Array(await request.clone().arrayBuffer());
  const payloadHash = createHash('sha256').update(bodyBytes).digest('hex');
  if (received.get('x-acs-content-sha256') !== payloadHash) {
    return fail('SignatureDoesNotMatch', 'Specified signature does not match our calculation. (x-acs-content-sha256 is not the hash of the body)');
  }

  // 5. Canonical query: decode the wire query, then re-encode per §2.2 (the SDK's wire form may differ, §2.4).
  const queryParams = decodeQuery(url.search.slice(1));
  if (typeof queryParams === 'string') return fail('InvalidParameter.Encoding', queryParams);
  const canonicalQuery = Object.keys(queryParams)
    .sort(byCodePoint)
    .map((name) => `${rfc3986(name)}=${rfc3986(queryParams[name] ?? '')}`)
    .join('&');

  // 6. Canonical request from what was received (§2.2), string to sign and HMAC (§2.3).
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(received.get(name) ?? '').trim()}\n`).join('');
  const canonicalRequest = [request.method.toUpperCase(), url.pathname, canonicalQuery, canonicalHeaders, signedHeaderList, payloadHash].join('\n');
  const stringToSign = `${ALGORITHM}\n${createHash('sha256').update(canonicalRequest, 'utf8').digest('hex')}`;
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(stringToSign, 'utf8').digest('hex');
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    // The real gateway echoes its string to sign this way (contract §3.2, [3P-OBS]).
    return fail('SignatureDoesNotMatch', `Specified signature does not match our calculation. server StringToSign is [${stringToSign}]`);
  }

  // 7. Replay: a nonce is good once (§2.1, §3.2). Checked after the signature, so forgeries cannot burn nonces.
  const nonce = received.get('x-acs-signature-nonce') ?? '';
  if (opts.seenNonces?.has(nonce) === true) return fail('SignatureNonceUsed', 'Specified signature nonce was used already.');
  opts.seenNonces?.add(nonce);

  // 8. Parameters: query merged with a form body (the gateway merges both, §1.2); a name in both is refused.
  let bodyParams: Record<string, string> = {};
  const contentType = received.get('content-type') ?? '';
  if (bodyBytes.length > 0 && /^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    bodyParams = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(bodyBytes)));
  }
  for (const name of Object.keys(bodyParams)) {
    if (Object.hasOwn(queryParams, name)) return fail('InvalidParameter.Encoding', `Parameter ${name} is both in the query and in the body.`);
  }
  return {
    ok: true,
    accessKeyId,
    action: received.get('x-acs-action') ?? '',
    version: received.get('x-acs-version') ?? '',
    params: { ...queryParams, ...bodyParams },
    queryParams,
    bodyParams,
    securityToken: token,
    signedHeaders,
    nonce,
  };
}

function fail(code: Acs3VerifyCode, message: string, status = 400): Acs3VerifyFailure {
  return { ok: false, code, message, status };
}

/** RFC 3986 decoding of the raw query; a string is the reason it was refused. */
function decodeQuery(raw: string): Record<string, string> | string {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  if (raw === '') return out;
  for (const pair of raw.split('&')) {
    if (pair.includes('+')) return 'A bare + in the query is ambiguous (literal plus or space); send %2B or %20.';
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName);
      value = decodeURIComponent(rawValue);
    } catch {
      return 'Malformed percent-encoding in the query.';
    }
    if (name === '') return 'Empty parameter name in the query.';
    if (Object.hasOwn(out, name)) return `Duplicate query parameter ${name}.`;
    out[name] = value;
  }
  return { ...out };
}

const UNRESERVED = new Set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~');

/** §2.2: UTF-8 bytes; unreserved bytes kept, every other byte `%XX` upper-case. Byte-wise, no encodeURIComponent. */
function rfc3986(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.has(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Code-point order equals the byte order of UTF-8 (§2.2 "ascending code-point order"). */
function byCodePoint(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
