import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unicodeRegex } from '../../src/internal/unicode-regex.js';

// The oracles: the regex literals that the schemas used before their `\p{…}` tests were built from strings on first
// use (issue #12), verbatim. The lazily built testers must answer exactly as they did, call after call.
const ORACLES: readonly (readonly [string, RegExp])[] = [
  ['^[\\s\\p{Cf}]|[\\s\\p{Cf}]$', /^[\s\p{Cf}]|[\s\p{Cf}]$/u], // DisplayName: edge whitespace
  ['[\\p{Cc}\\p{Zl}\\p{Zp}\\p{Cs}]', /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]/u], // DisplayName, text rules: controls, lone surrogates
  ['[\\p{Cc}\\p{Zl}\\p{Zp}]', /[\p{Cc}\p{Zl}\p{Zp}]/u], // verify_token, blocked users: controls
  ['\\p{Extended_Pictographic}', /\p{Extended_Pictographic}/u], // text rules: emoji
];

// Strings rich in what the classes are about: controls, separators, format characters, lone surrogates, emoji.
const special = fc.constantFrom('\u0000', '\t', '\n', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u2028', '\u2029', '\ufeff', '\ud800', '\udfff', '😀', '❤', '#', '7', 'a', ' ');
const values = fc.oneof(
  fc.string({ unit: fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

describe('unicodeRegex against the former regex literals (oracle)', () => {
  it.each(ORACLES)('%s: the same answer for any string, on every call', (source, literal) => {
    const test = unicodeRegex(source);
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 4 }), (batch) => {
        for (const value of batch) expect(test(value)).toBe(literal.test(value));
      }),
      { numRuns: 400 },
    );
  });

  it('builds nothing until the first test, and throws on a bad source only then', () => {
    const test = unicodeRegex('\\p{NoSuchProperty}');
    expect(() => test('x')).toThrow(SyntaxError);
  });
});
