import * as z from 'zod/mini';
import { unicodeRegex } from '../internal/unicode-regex.js';

// Contract §2.2: `verified_name` is 2–75 characters ([OA23] minLength/maxLength); the same name rules apply to
// `new_display_name` (§3.2). Length counts Unicode code points, not UTF-16 units, so an emoji counts once,
// as a person counting characters would expect.
const MIN_LENGTH = 2;
const MAX_LENGTH = 75;

// Leading/trailing whitespace is rejected rather than trimmed: silently changing a name that Meta reviews
// character by character would be a surprise. `\s` with the `u` flag covers Unicode spaces (NBSP, U+3000, BOM…);
// `\p{Cf}` adds invisible format characters that paste along with text (zero-width space, joiners, LRM/RLM).
// C0/C1 controls (Cc: tab, newline, DEL…), line/paragraph separators (Zl, Zp) and lone surrogates (Cs, which
// cannot be encoded as UTF-8) never belong in a name shown to customers.
// Both are built on first use from a string (internal/unicode-regex.ts): a `\p{…}` class costs ICU look-ups when
// V8 parses a literal and again when it creates the regex, start-up work for every handler importing this module
// (issue #12: ~5 M instructions at module level, ~3 M more as literals).
const hasEdgeWhitespace = /* @__PURE__ */ unicodeRegex('^[\\s\\p{Cf}]|[\\s\\p{Cf}]$');
const hasForbidden = /* @__PURE__ */ unicodeRegex('[\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cs}]');

function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

/**
 * The business display name: `verified_name` when adding a number, `new_display_name` when changing it.
 *
 * Rules (contract §2.2): 2 to 75 characters, counted as Unicode code points (an emoji counts as one); no
 * leading or trailing whitespace (or invisible zero-width characters); no control characters, line breaks or unpaired surrogates. Meta reviews the
 * name against its display-name guidelines afterwards — passing this schema does not mean it will be approved.
 * The value is returned unchanged.
 *
 * @example
 * DisplayName.parse('Lucky Shrub');             // 'Lucky Shrub'
 * DisplayName.safeParse(' Lucky Shrub').success; // false — leading space
 */
export const DisplayName = z.string('display name must be a string').check(
  z.refine(
    (value) => codePointLength(value) >= MIN_LENGTH,
    `display name must be at least ${MIN_LENGTH} characters long`,
  ),
  z.refine(
    (value) => codePointLength(value) <= MAX_LENGTH,
    `display name must be at most ${MAX_LENGTH} characters long`,
  ),
  z.refine((value) => !hasEdgeWhitespace(value), 'display name must not start or end with whitespace or invisible characters'),
  z.refine(
    (value) => !hasForbidden(value),
    'display name must not contain control characters, line breaks or unpaired surrogates',
  ),
);
/** A display name of 2–75 characters without edge whitespace or control characters. */
export type DisplayName = z.infer<typeof DisplayName>;
