/**
 * Structural scrubbing of CAMS error texts: what a gateway could echo back that is secret or secret-derived,
 * removed even when the caller's redactor does not know the value (style.md §6.5 "Redaction", RULES "secrets never
 * in an error"). The caller's redactor still runs first for the values it knows (secret, STS token, code…).
 * @internal
 */

import { REDACTED } from '../../core/redact.js';

// §3.2: the V3 `SignatureDoesNotMatch` text appends ` server StringToSign is [ACS3-HMAC-SHA256\n<hex>]`, and one
// report says the canonical request is echoed too — which holds the x-acs-security-token line. Cut from there.
const SERVER_ECHO = /\s*(?:server\s*)?(?:StringToSign|CanonicalRequest|canonical\s+request)\b[\s\S]*$/i;
// A signature (or any SHA-256/HMAC hex): 64 hex digits.
const HEX_64 = /\b[0-9a-f]{64}\b/gi;
const SIGNATURE_FIELD = /(Signature\s*=\s*)[^\s,&"']+/gi;
// Secret-bearing names as CAMS, the STS header and the SDK spell them, followed by `:`, `=` or a JSON `":"`.
const SECRET_FIELD =
  /((?:x-acs-security-token|security[-_]?token|access[-_]?key[-_]?secret|verify[-_]?code|authorization)"?\s*[:=]\s*"?)([^\s,&"']+)/gi;

/**
 * `text` without echoed signing material: the server's string to sign / canonical request, `Signature=…`, 64-hex
 * digests, and the values of token, secret, verification-code and authorization fields. Pure; never throws.
 */
export function scrubCamsText(text: string): string {
  return text
    .replace(SERVER_ECHO, '')
    .replace(SIGNATURE_FIELD, `$1${REDACTED}`)
    .replace(SECRET_FIELD, `$1${REDACTED}`)
    .replace(HEX_64, REDACTED);
}
