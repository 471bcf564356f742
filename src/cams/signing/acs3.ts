/**
 * Alibaba Cloud OpenAPI signature V3, `ACS3-HMAC-SHA256` (contract §2), over WebCrypto only: the same code signs
 * in Node, Bun, Deno and Workers. No `node:crypto`, no `@alicloud/*`.
 */

import { ValidationError, type ValidationIssue } from '../../errors/validation-error.js';
import { EMPTY_SHA256_HEX, hmacSha256Hex, sha256Hex, type HmacKeyCache } from './digest.js';
import { canonicalQueryString } from './encode.js';

export { acsDate, newNonce } from './stamps.js';

/** The algorithm name, first token of `Authorization` and first line of the string to sign (contract §2.3). */
export const ACS3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Content type of a CAMS form body; the SDK adds no charset (contract §2.1). */
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * An Alibaba Cloud AccessKey pair, or STS credentials (contract §2.5).
 *
 * The secret and the token are only ever used as an HMAC key and a header value; never logged or put in errors.
 *
 * @example
 * const credentials: CamsCredentials = { accessKeyId: 'LTAI…', accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET! };
 */
export interface CamsCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS `SecurityToken`; when set, `x-acs-security-token` and `x-acs-accesskey-id` are sent and signed. */
  readonly securityToken?: string | undefined;
}

/** Everything one signed CAMS request is made of (contract §2.1–§2.2). */
export interface SignInput {
  /** Every CAMS operation is `POST /` (contract §1.1). */
  method: 'POST';
  /** Host exactly as sent, with `:port` when not the default, e.g. `cams.ap-southeast-1.aliyuncs.com`. */
  host: string;
  /** Canonical URI; `/` for every RPC operation. */
  pathname: string;
  /** Decoded query parameters (strings only: JSON text for arrays/objects, `true`/`false`, decimal integers). */
  query: Readonly<Record<string, string>>;
  /** The exact body string to send; `''` when there is none. */
  body: string;
  /** Content type of a non-empty body. @default 'application/x-www-form-urlencoded' */
  contentType?: string | undefined;
  /** `x-acs-action`, the operation name, e.g. `ChatappPhoneNumberRegister`. */
  action: string;
  /** `x-acs-version`; `2020-06-06` for CAMS. */
  version: string;
  /** `x-acs-date`: UTC `YYYY-MM-DDTHH:mm:ssZ`, see {@link acsDate}. */
  date: string;
  /** `x-acs-signature-nonce`: unique per request, see {@link newNonce}. */
  nonce: string;
  credentials: CamsCredentials;
  /** Any other `x-acs-*` header to send and sign, e.g. `{ 'x-acs-credentials-provider': 'static_ak' }`. */
  extraHeaders?: Readonly<Record<string, string>> | undefined;
}

/** A signed request, ready to send: headers, query, and the intermediate values for debugging. */
export interface SignedRequest {
  /** Every header to send, lower-case names: `authorization`, `host`, `x-acs-*`, and `content-type` with a body. */
  readonly headers: Record<string, string>;
  /** The query to put after `?` (`''` for none); byte-identical to the canonical query string (contract §2.4). */
  readonly queryString: string;
  /** Contract §2.2 canonical request. Holds the STS token when one is used: never log it. */
  readonly canonicalRequest: string;
  /** `ACS3-HMAC-SHA256\n<hex sha256 of the canonical request>` (contract §2.3). */
  readonly stringToSign: string;
  /** Lowercase hex HMAC-SHA256 of the string to sign. */
  readonly signature: string;
}

// Headers the signer owns; an `extraHeaders` entry may not replace them (contract §2.1).
const RESERVED = new Set([
  'host',
  'content-type',
  'authorization',
  'x-acs-action',
  'x-acs-version',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
  'x-acs-security-token',
  'x-acs-accesskey-id',
]);

const ACS_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
// RFC 9110 token characters: a header name outside them cannot be sent by fetch.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
// A header value may not carry CR, LF or NUL (fetch rejects them; a folded value would change the canonical form).
const BAD_HEADER_VALUE = /[\r\n\0]/;

/** Signed header names sorted (canonical order, contract §2.2 CanonicalHeaders) and joined with `;` (SignedHeaders). */
interface SignedHeaderNames {
  readonly names: readonly string[];
  readonly list: string;
}

function signedHeaderNames(names: string[]): SignedHeaderNames {
  const sorted = names.sort();
  return { names: sorted, list: sorted.join(';') };
}

// The signer's own headers depend only on whether a content type and an STS token are sent: each of the four sorted
// name lists is made on first use, then reused, not sorted per request (contract §2.1, §2.2). Indexed by shape:
// 2 × content type + STS.
const OWN_HEADER_NAMES: SignedHeaderNames[] = [];

/**
 * Signs one CAMS request with ACS3-HMAC-SHA256 and returns the headers and query to send.
 *
 * Pure apart from WebCrypto; deterministic for a given `date` and `nonce`. A retry must be signed again with a new
 * date and nonce: the gateway rejects a replayed nonce with `SignatureNonceUsed` (contract §2.4). With `keys`, the
 * HMAC key imported for the credentials' secret is reused while the secret stays the same (a client passes its own
 * cache); without, the key is imported for this call only.
 *
 * @throws {ValidationError} for an empty key id or secret, a malformed date, an empty nonce, a header name or value
 *   that cannot be sent, an `extraHeaders` entry that is not `x-acs-*` or replaces a signer header, or a parameter
 *   that is not a string. Issues name the field, never its value.
 * @example
 * const signed = await signAcs3({
 *   method: 'POST', host: 'cams.ap-southeast-1.aliyuncs.com', pathname: '/',
 *   query: { CustSpaceId: 'cams-demo0001', PhoneNumber: '8613800001234' }, body: '',
 *   action: 'ChatappPhoneNumberRegister', version: '2020-06-06',
 *   date: acsDate(Date.now()), nonce: newNonce(), credentials,
 * });
 * await fetch(`https://cams.ap-southeast-1.aliyuncs.com/?${signed.queryString}`, { method: 'POST', headers: signed.headers });
 */
export async function signAcs3(input: SignInput, keys?: HmacKeyCache): Promise<SignedRequest> {
  checkInput(input);
  return sign(input, keys);
}

/** What the request pipeline signs: {@link SignInput} without a content type or extra headers. @internal */
export type PipelineSignInput = Omit<SignInput, 'contentType' | 'extraHeaders'>;

/**
 * {@link signAcs3} for the CAMS request pipeline (`cams/core/request.ts`), which builds the method, path, body, date
 * and nonce itself: only what reaches it from outside is checked — the endpoint's host, the operation's action and
 * version, and the credentials (a provider may answer anything) — with the very issues `signAcs3` reports for them.
 * The checks of the pipeline's own values cannot fail there, and leaving them out keeps them out of a handler's
 * bundle (issue #12; test/cams/signing/pipeline-sign.property.test.ts holds the two to the same results).
 * @throws {ValidationError} as {@link signAcs3}, for the host, action, version or credentials.
 * @internal
 */
export async function signPipelineRequest(input: PipelineSignInput, keys: HmacKeyCache): Promise<SignedRequest> {
  const issues = issueList();
  checkHost(input.host, issues.add);
  checkNames(input, issues.add);
  checkCredentials(input.credentials, issues.add);
  issues.throwIfAny();
  return sign(input, keys);
}

async function sign(input: SignInput, keys: HmacKeyCache | undefined): Promise<SignedRequest> {
  const queryString = canonicalQueryString(input.query);
  const payloadHash = input.body === '' ? EMPTY_SHA256_HEX : await sha256Hex(input.body);

  const headers: Record<string, string> = {
    host: input.host,
    'x-acs-action': input.action,
    'x-acs-version': input.version,
    'x-acs-date': input.date,
    'x-acs-signature-nonce': input.nonce,
    'x-acs-content-sha256': payloadHash,
  };
  // fetch gives a string body `text/plain`; the form type must be set explicitly, and it is signed (contract §2.4).
  const hasContentType = input.body !== '' || input.contentType !== undefined;
  if (hasContentType) headers['content-type'] = input.contentType ?? FORM_CONTENT_TYPE;
  const { securityToken } = input.credentials;
  if (securityToken !== undefined) {
    // What the official client sends with STS credentials; both are x-acs-* and therefore signed (contract §2.1).
    headers['x-acs-security-token'] = securityToken;
    headers['x-acs-accesskey-id'] = input.credentials.accessKeyId;
  }
  // Every header here is host, content-type or x-acs-*: all of them are signed, nothing else is (contract §2.1).
  let signer = (OWN_HEADER_NAMES[(hasContentType ? 2 : 0) + (securityToken === undefined ? 0 : 1)] ??= signedHeaderNames(Object.keys(headers)));
  if (input.extraHeaders !== undefined) {
    const extra = Object.keys(input.extraHeaders);
    for (const name of extra) headers[name.toLowerCase()] = input.extraHeaders[name] as string;
    if (extra.length > 0) signer = signedHeaderNames(Object.keys(headers));
  }
  let canonicalHeaders = '';
  for (const name of signer.names) canonicalHeaders += `${name}:${(headers[name] as string).trim()}\n`;
  const canonicalRequest = `${input.method}\n${input.pathname}\n${queryString}\n${canonicalHeaders}\n${signer.list}\n${payloadHash}`;
  const stringToSign = `${ACS3_ALGORITHM}\n${await sha256Hex(canonicalRequest)}`;
  const secret = input.credentials.accessKeySecret;
  const signature = await hmacSha256Hex(keys === undefined ? secret : keys.key(secret), stringToSign);

  headers['authorization'] = `${ACS3_ALGORITHM} Credential=${input.credentials.accessKeyId},SignedHeaders=${signer.list},Signature=${signature}`;
  return { headers, queryString, canonicalRequest, stringToSign, signature };
}

type AddIssue = (path: (string | number)[], message: string, code?: string) => void;

/** Issues collected in check order, thrown as one ValidationError that names fields, never values. */
function issueList(): { readonly add: AddIssue; throwIfAny(): void } {
  const issues: ValidationIssue[] = [];
  return {
    add: (path, message, code = 'invalid_format') => {
      issues.push({ path, message, code });
    },
    throwIfAny: () => {
      if (issues.length > 0) throw new ValidationError({ direction: 'request', subject: 'CAMS signing input', issues });
    },
  };
}

function checkInput(input: SignInput): void {
  const issues = issueList();
  const issue = issues.add;
  if (input.method !== 'POST') issue(['method'], 'must be POST (contract §1.1)', 'invalid_value');
  checkHost(input.host, issue);
  if (typeof input.pathname !== 'string' || !input.pathname.startsWith('/') || /[\s?#]/.test(input.pathname)) {
    issue(['pathname'], 'must start with / and hold no whitespace, ? or #');
  }
  if (typeof input.body !== 'string') issue(['body'], "must be a string ('' for none)", 'invalid_type');
  checkNames(input, issue);
  if (typeof input.date !== 'string' || !ACS_DATE.test(input.date)) issue(['date'], 'must be UTC YYYY-MM-DDTHH:mm:ssZ (use acsDate)');
  if (typeof input.nonce !== 'string' || input.nonce === '' || BAD_HEADER_VALUE.test(input.nonce)) issue(['nonce'], 'must be a non-empty header value (use newNonce)');
  if (input.contentType !== undefined && (input.contentType.trim() === '' || BAD_HEADER_VALUE.test(input.contentType))) {
    issue(['contentType'], 'must be a non-empty header value');
  }
  checkCredentials(input.credentials, issue);
  for (const [name, value] of Object.entries(input.extraHeaders ?? {})) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('x-acs-') || !HEADER_NAME.test(lower)) issue(['extraHeaders', name], 'must be an x-acs-* header name (only those, host and content-type are signed)');
    else if (RESERVED.has(lower)) issue(['extraHeaders', name], 'is set by the signer and cannot be overridden');
    if (typeof value !== 'string' || BAD_HEADER_VALUE.test(value)) issue(['extraHeaders', name], 'must be a string without CR, LF or NUL');
  }
  issues.throwIfAny();
}

function checkHost(host: string, issue: AddIssue): void {
  if (typeof host !== 'string' || !/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host)) issue(['host'], 'must be a host name, optionally with :port');
}

function checkNames(input: Pick<SignInput, 'action' | 'version'>, issue: AddIssue): void {
  for (const field of ['action', 'version'] as const) {
    if (typeof input[field] !== 'string' || !/^[A-Za-z0-9._-]+$/.test(input[field])) issue([field], 'must be a non-empty name of letters, digits, . _ -');
  }
}

function checkCredentials(credentials: CamsCredentials | undefined, issue: AddIssue): void {
  if (typeof credentials !== 'object' || credentials === null) {
    issue(['credentials'], 'must be { accessKeyId, accessKeySecret, securityToken? }', 'invalid_type');
    return;
  }
  // The key id is written into Authorization (`Credential=<id>,`): a comma, space or control character would break it.
  if (typeof credentials.accessKeyId !== 'string' || !/^[\x21-\x2b\x2d-\x7e]+$/.test(credentials.accessKeyId)) {
    issue(['credentials', 'accessKeyId'], 'must be a non-empty AccessKey id without spaces or commas');
  }
  if (typeof credentials.accessKeySecret !== 'string' || credentials.accessKeySecret === '') {
    issue(['credentials', 'accessKeySecret'], 'must be a non-empty string');
  }
  const token = credentials.securityToken;
  if (token !== undefined && (typeof token !== 'string' || token.trim() === '' || BAD_HEADER_VALUE.test(token))) {
    issue(['credentials', 'securityToken'], 'must be a non-empty header value when set');
  }
}
