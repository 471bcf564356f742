/**
 * How the gateway reads parameters (contract §1.2, §2.2, §2.4): it decodes the wire query and re-encodes it per
 * RFC 3986 before comparing signatures, because the official SDK sends `! ( ) * ~` raw while the canonical form
 * escapes them. Written from the contract, not shared with the SDK's encoder.
 * @internal
 */

/** A query or form string that is not valid percent-encoding (a bad `%XX`, or bytes that are not UTF-8). */
export class PercentEncodingError extends Error {}

/** RFC 3986: UTF-8 bytes, `A–Z a–z 0–9 - _ . ~` kept, everything else `%XX` with upper-case hex. */
export function rfc3986(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function decodeComponent(text: string, plusIsSpace: boolean): string {
  const source = plusIsSpace ? text.replace(/\+/g, ' ') : text;
  try {
    return decodeURIComponent(source);
  } catch {
    throw new PercentEncodingError('not valid percent-encoding');
  }
}

/** One decoded `name=value` pair, in wire order. */
export interface DecodedPair {
  readonly name: string;
  readonly value: string;
}

/**
 * Splits and decodes `a=1&b=2`. In the query a bare `+` stays a plus (an RFC 3986 decoder; contract §7 #10: how the
 * real gateway reads it is unverified, so a client that meant a space gets `SignatureDoesNotMatch`); in a form body
 * it is a space (`application/x-www-form-urlencoded`). A name without `=` has the empty value.
 * @throws {PercentEncodingError}
 */
export function decodePairs(text: string, plusIsSpace: boolean): DecodedPair[] {
  if (text === '') return [];
  return text
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      const rawName = at === -1 ? part : part.slice(0, at);
      const rawValue = at === -1 ? '' : part.slice(at + 1);
      return { name: decodeComponent(rawName, plusIsSpace), value: decodeComponent(rawValue, plusIsSpace) };
    });
}

function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const right = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/** Contract §2.2 CanonicalQueryString: sorted by name (then value) in code-point order, RFC 3986 pairs joined by `&`. */
export function canonicalQuery(pairs: readonly DecodedPair[]): string {
  return [...pairs]
    .sort((a, b) => compareCodePoints(a.name, b.name) || compareCodePoints(a.value, b.value))
    .map(({ name, value }) => `${rfc3986(name)}=${rfc3986(value)}`)
    .join('&');
}
