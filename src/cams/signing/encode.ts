/**
 * RFC 3986 encoding for CAMS requests (contract §2.2 "RFC 3986 encoding", §2.4). The same encoder builds the
 * canonical query string, the query sent on the wire and the form body, so what is signed is what is sent.
 */

import { ValidationError } from '../../errors/validation-error.js';

// `encodeURIComponent` keeps `A–Z a–z 0–9 - _ . ! ~ * ' ( )`; RFC 3986 unreserved is only `A–Z a–z 0–9 - _ . ~`,
// so the five marks are escaped afterwards, with upper-case hex (contract §2.2).
const MARKS = /[!'()*]/g;

function escapeMark(mark: string): string {
  return `%${mark.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * Percent-encodes `value` the way Alibaba's V3 signature expects: UTF-8 bytes, only `A–Z a–z 0–9 - _ . ~` kept,
 * everything else `%XX` with upper-case hex (space → `%20`, never `+`; `*` → `%2A`; `~` kept).
 *
 * Pure. Use it for parameter names and values; never `URLSearchParams`, which writes a space as `+` (contract §2.4).
 *
 * @throws {ValidationError} when `value` holds a lone UTF-16 surrogate, which has no UTF-8 form (nothing is sent).
 * @example
 * encodeRfc3986("Open 24/7 * ~ ! ' ( )"); // 'Open%2024%2F7%20%2A%20~%20%21%20%27%20%28%20%29'
 */
export function encodeRfc3986(value: string): string {
  return encodeNamed(value, 'value');
}

function encodeNamed(value: string, name: string): string {
  try {
    return encodeURIComponent(value).replace(MARKS, escapeMark);
  } catch {
    // URIError: a lone surrogate. The value itself is never echoed (it may be a code or a token).
    throw new ValidationError({
      direction: 'request',
      subject: 'CAMS request parameter',
      issues: [{ path: [name], code: 'invalid_format', message: 'contains a lone UTF-16 surrogate, which cannot be sent as UTF-8' }],
    });
  }
}

/**
 * Compares two strings by Unicode code point, the order contract §2.2 prescribes for the canonical query
 * (JS `<` compares UTF-16 code units, which differs above U+FFFF; equal for CAMS's ASCII names).
 */
function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const l = left.next();
    const r = right.next();
    if (l.done === true) return r.done === true ? 0 : -1;
    if (r.done === true) return 1;
    const diff = (l.value.codePointAt(0) ?? 0) - (r.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
}

function encodePairs(fields: Readonly<Record<string, string>>, sorted: boolean): string {
  const names = Object.keys(fields);
  if (sorted) names.sort(compareCodePoints);
  const parts: string[] = [];
  for (const name of names) {
    const value = fields[name];
    if (typeof value !== 'string') {
      throw new ValidationError({
        direction: 'request',
        subject: 'CAMS request parameter',
        issues: [{ path: [name], code: 'invalid_type', message: 'must be a string (stringify numbers, booleans and JSON first)' }],
      });
    }
    // An empty value is still sent and signed as `Name=` (contract §1.2 "Absent vs empty").
    parts.push(`${encodeNamed(name, name)}=${encodeNamed(value, name)}`);
  }
  return parts.join('&');
}

/**
 * The canonical query string of contract §2.2: names sorted by code point, `name=value` pairs RFC 3986-encoded,
 * joined with `&`; `''` for no parameters. It is also the exact query to put on the wire (§2.4).
 *
 * Pure. Values must already be strings: arrays and objects as one JSON text, booleans as `true`/`false`,
 * integers as decimal strings (contract §1.2).
 *
 * @throws {ValidationError} when a value is not a string or holds a lone surrogate (nothing is sent).
 * @example
 * canonicalQueryString({ PhoneNumber: '8613800001234', CustSpaceId: 'cams-demo0001' });
 * // 'CustSpaceId=cams-demo0001&PhoneNumber=8613800001234'
 */
export function canonicalQueryString(query: Readonly<Record<string, string>>): string {
  return encodePairs(query, true);
}

/**
 * An `application/x-www-form-urlencoded` body for CAMS, encoded with the same RFC 3986 rule as the query
 * (space → `%20`, never `+`), fields in the order given. Only the body's SHA-256 is signed (contract §2.4),
 * so sign exactly the string this returns and send it with `content-type: application/x-www-form-urlencoded`.
 *
 * Pure.
 *
 * @throws {ValidationError} when a value is not a string or holds a lone surrogate (nothing is sent).
 * @example
 * encodeFormBody({ PhoneNumber: '8613800001234', VerifyCode: '123456' }); // 'PhoneNumber=8613800001234&VerifyCode=123456'
 */
export function encodeFormBody(fields: Readonly<Record<string, string>>): string {
  return encodePairs(fields, false);
}
