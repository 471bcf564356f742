import * as z from 'zod/mini';
import { unicodeRegex } from '../../internal/unicode-regex.js';
import { DOMAIN } from '../../schemas/regexes.js';

// Text rules shared by the phone-number sub-resources (profile, conversational components, QR codes, OBA).
// Lengths count Unicode code points, as a person counting characters would (an emoji counts once), the same
// rule as `DisplayName` (src/schemas/display-name.ts). Messages never echo the value.

/** Number of Unicode code points in `value` (a surrogate pair counts once). */
export function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

// `\p{Extended_Pictographic}` covers emoji pictographs (😀, ❤, ☎…) but not the digits, `#` and `*` that the
// wider `\p{Emoji}` property also includes — so "24/7 support #1" passes while "Order 🍕" does not.
// Controls, line/paragraph separators and lone surrogates never belong in short UI text.
// Both are built on first use from a string (internal/unicode-regex.ts): a `\p{…}` literal costs ICU look-ups at
// parse time and when created, start-up work for every handler that imports this file (issue #12).
const hasPictograph = /* @__PURE__ */ unicodeRegex('\\p{Extended_Pictographic}');
const hasControl = /* @__PURE__ */ unicodeRegex('[\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cs}]');

/** True when `value` contains an emoji pictograph. */
export function hasEmoji(value: string): boolean {
  return hasPictograph(value);
}

/**
 * A string of `min`–`max` code points. `label` names the field in messages (never the value).
 * @internal
 */
export function text(label: string, min: number, max: number) {
  return z.string(`${label} must be a string`).check(
    z.refine((value) => codePointLength(value) >= min, `${label} must be at least ${min} character${min === 1 ? '' : 's'} long`),
    z.refine((value) => codePointLength(value) <= max, `${label} must be at most ${max} characters long`),
  );
}

/**
 * Like {@link text}, but also without emoji, control characters or line breaks — Meta's rule for
 * ice breakers and commands (contract §3.7).
 * @internal
 */
export function plainText(label: string, min: number, max: number) {
  return text(label, min, max).check(
    z.refine((value) => !hasEmoji(value), `${label} must not contain emoji`),
    z.refine((value) => !hasControl(value), `${label} must not contain control characters or line breaks`),
  );
}

/**
 * An absolute `http://` or `https://` URL of at most `max` characters, with a real domain name and no
 * whitespace. `httpsOnly` refuses `http://` (webhook callbacks must be HTTPS).
 * @internal
 */
export function webUrl(label: string, max: number, options: { readonly httpsOnly?: boolean } = {}) {
  const scheme = options.httpsOnly ? 'https://' : 'http:// or https://';
  return z.string(`${label} must be a string`).check(
    z.maxLength(max, `${label} must be at most ${max} characters long`),
    z.refine((value) => !/\s/u.test(value), `${label} must not contain whitespace`),
    z.refine((value) => isWebUrl(value, options.httpsOnly === true), `${label} must be an absolute ${scheme} URL with a domain name`),
  );
}

function isWebUrl(value: string, httpsOnly: boolean): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (httpsOnly ? url.protocol !== 'https:' : url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  return DOMAIN.test(url.hostname);
}
