import * as z from 'zod/mini';

// Contract §3.3 and §8: Meta's docs ask for a two-letter language code ("en") while their examples send
// `en_US`; the spec's `^[a-z]{2}_[A-Z]{2}$` is stricter than the docs. We accept both shapes, plus 3-letter
// ISO 639 codes (e.g. `fil`), and nothing else: no hyphen (`en-US`), no case slips (`EN`, `en_us`).
const LANGUAGE = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;

/**
 * `language` of `request_code`: the language of the SMS or voice message carrying the code.
 *
 * A lower-case ISO 639 code of 2–3 letters, optionally followed by `_` and an upper-case region:
 * `en`, `pt_BR`, `en_US`, `fil`. `en-US` (hyphen), `EN` and `en_us` are rejected.
 *
 * @example
 * Language.parse('en_US'); // 'en_US'
 * Language.safeParse('en-US').success; // false — use an underscore
 */
export const Language = z
  .string('language must be a string')
  .check(
    z.regex(
      LANGUAGE,
      'language must be a lower-case language code, optionally with an upper-case region after an underscore (e.g. "en" or "en_US")',
    ),
  );
/** A language code such as `en` or `en_US`. */
export type Language = z.infer<typeof Language>;
