import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Language } from '../../src/schemas/locale.js';
import { expectRejectedWithoutEcho } from './arbitraries.js';

const lower = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
const upper = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const isLower = (c: string) => c >= 'a' && c <= 'z';
const isUpper = (c: string) => c >= 'A' && c <= 'Z';

// Oracle written without a regex: 2–3 lower-case letters, optionally "_" + 2 upper-case letters.
function isLanguage(value: string): boolean {
  const [lang, region, ...rest] = value.split('_');
  if (rest.length > 0 || lang === undefined) return false;
  if (lang.length < 2 || lang.length > 3 || ![...lang].every(isLower)) return false;
  return region === undefined || (region.length === 2 && [...region].every(isUpper));
}

describe('Language', () => {
  it.each(['en', 'pt', 'fil', 'en_US', 'pt_BR', 'zh_CN', 'fil_PH'])('accepts %s', (value) => {
    expect(Language.parse(value)).toBe(value);
  });

  it.each(['en-US', 'EN', 'en_us', 'En', 'e', 'engl', 'en_', 'en_USA', '_US', ' en', 'en ', 'en_US\n', 'ｅｎ', ''])(
    'rejects %j',
    (value) => {
      expect(Language.safeParse(value).success).toBe(false);
    },
  );

  it('accepts every well-formed code', () => {
    const code = fc
      .tuple(fc.string({ unit: lower, minLength: 2, maxLength: 3 }), fc.option(fc.string({ unit: upper, minLength: 2, maxLength: 2 })))
      .map(([lang, region]) => (region === null ? lang : `${lang}_${region}`));
    fc.assert(
      fc.property(code, (value) => {
        expect(Language.parse(value)).toBe(value);
      }),
    );
  });

  it('agrees with the oracle on near misses', () => {
    const unit = fc.oneof(lower, upper, fc.constantFrom('_', '-', ' ', '1', 'é'));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 7 }), (value) => {
        expect(Language.safeParse(value).success).toBe(isLanguage(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('never echoes the input', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 8 }), (value) => {
        fc.pre(!isLanguage(value));
        expectRejectedWithoutEcho(Language, value);
      }),
    );
    expectRejectedWithoutEcho(Language, 'en-US');
    expectRejectedWithoutEcho(Language, 42);
  });
});
