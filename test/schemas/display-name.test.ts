import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayName } from '../../src/schemas/display-name.js';
import { expectRejectedWithoutEcho, failureTexts, insertInto, whitespace } from './arbitraries.js';

// Building blocks of names a business could pick: letters of several scripts, digits, punctuation, emoji.
const visible = fc.constantFrom(
  ...'AbcXyz019&\'.,-!?()@#+'.split(''),
  'é', 'ß', 'Ж', 'ש', 'ع', '中', 'ก', '😀', '🛒', '👍🏽',
);
const inner = fc.oneof({ weight: 5, arbitrary: visible }, { weight: 1, arbitrary: fc.constant(' ') });
const codePoints = (s: string) => [...s].length;

/** A valid name: visible first and last character, anything allowed in between, 2–75 code points. */
const validName = fc
  .tuple(visible, fc.string({ unit: inner, maxLength: 60 }), visible)
  .map(([first, middle, last]) => first + middle + last)
  .filter((name) => codePoints(name) >= 2 && codePoints(name) <= 75);

const control = fc.oneof(
  fc.integer({ min: 0x00, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0x2028, 0x2029),
).map((cp) => String.fromCodePoint(cp));

describe('DisplayName', () => {
  it('accepts names of 2–75 characters without edge whitespace or controls, unchanged', () => {
    fc.assert(
      fc.property(validName, (name) => {
        expect(DisplayName.parse(name)).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it.each(['Lucky Shrub', "Jasper's Market", 'AB', 'Café Ñandú', '中华餐馆', 'A'.repeat(75), '🛒'.repeat(75)])(
    'accepts %j',
    (name) => {
      expect(DisplayName.parse(name)).toBe(name);
    },
  );

  it('counts code points, not UTF-16 units', () => {
    // 75 emoji are 150 UTF-16 units but 75 characters.
    expect(DisplayName.safeParse('🛒'.repeat(75)).success).toBe(true);
    expect(DisplayName.safeParse('🛒'.repeat(76)).success).toBe(false);
    expect(DisplayName.safeParse('🛒').success).toBe(false);
  });

  it('rejects names shorter than 2 or longer than 75 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: visible, maxLength: 1 }).filter((n) => codePoints(n) < 2),
          fc.string({ unit: visible, minLength: 76, maxLength: 120 }),
        ),
        (name) => {
          expect(DisplayName.safeParse(name).success).toBe(false);
        },
      ),
    );
    expect(failureTexts(DisplayName, 'A')[0]).toMatch(/at least 2 characters/);
    expect(failureTexts(DisplayName, 'A'.repeat(76))[0]).toMatch(/at most 75 characters/);
  });

  it('rejects leading or trailing whitespace of any kind', () => {
    fc.assert(
      fc.property(validName, whitespace, fc.boolean(), (name, space, atStart) => {
        const value = atStart ? space + name : name + space;
        expect(DisplayName.safeParse(value).success).toBe(false);
      }),
    );
    expect(failureTexts(DisplayName, ' Lucky Shrub')[0]).toMatch(/whitespace/);
  });

  it('rejects control characters, line breaks and unpaired surrogates anywhere', () => {
    fc.assert(
      fc.property(insertInto(validName, fc.oneof(control, fc.constantFrom('\ud800', '\udfff'))), (value) => {
        expect(DisplayName.safeParse(value).success).toBe(false);
      }),
      { numRuns: 500 },
    );
    expect(failureTexts(DisplayName, 'Lucky\nShrub')[0]).toMatch(/control characters/);
  });

  it('rejects non-strings', () => {
    for (const value of [null, undefined, 42, ['Lucky Shrub']]) {
      expect(failureTexts(DisplayName, value)[0]).toBe('display name must be a string');
    }
  });

  it('never echoes the input', () => {
    const invalid = fc.oneof(
      validName.filter((n) => codePoints(n) >= 6).map((n) => ` ${n}`),
      insertInto(validName.filter((n) => codePoints(n) >= 6), control),
      fc.string({ unit: visible, minLength: 76, maxLength: 100 }),
    );
    fc.assert(
      fc.property(invalid, (value) => {
        expectRejectedWithoutEcho(DisplayName, value);
      }),
    );
  });
});
