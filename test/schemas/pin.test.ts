import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pin, VerificationCode } from '../../src/schemas/pin.js';
import {
  asciiDigit,
  asciiDigits,
  expectRejectedWithoutEcho,
  failureTexts,
  foreignDigit,
  insertInto,
  replaceOne,
  whitespace,
} from './arbitraries.js';

// Independent oracle for "exactly six ASCII digits": no regex, so a wrong pattern in the schema shows up.
const isSixAsciiDigits = (s: string) => s.length === 6 && [...s].every((c) => c >= '0' && c <= '9');

const sixDigits = asciiDigits(6, 6);

/** Strings that look like a PIN but are not one. Every one of them contains at least one digit. */
const nearMiss = fc.oneof(
  asciiDigits(1, 5),
  asciiDigits(7, 12),
  replaceOne(sixDigits, foreignDigit),
  fc.string({ unit: foreignDigit, minLength: 6, maxLength: 6 }),
  insertInto(sixDigits, whitespace),
  insertInto(sixDigits, fc.constantFrom('+', '-', '.', ',', 'e', 'x', '_', '/')),
  replaceOne(sixDigits, fc.constantFrom('a', 'O', 'l', ' ', '#')),
  sixDigits.map((s) => `${s}\n`),
  sixDigits.map((s) => ` ${s}`),
);

describe.each([
  ['Pin', Pin],
  ['VerificationCode', VerificationCode],
] as const)('%s', (_name, schema) => {
  it('accepts every 6-digit string and returns it byte-exact (leading zeros kept)', () => {
    fc.assert(
      fc.property(sixDigits, (value) => {
        const result = schema.safeParse(value);
        expect(result.success).toBe(true);
        expect(result.data).toBe(value);
      }),
    );
  });

  it('keeps leading zeros', () => {
    fc.assert(
      fc.property(asciiDigits(0, 5), (tail) => {
        const value = '0'.repeat(6 - tail.length) + tail;
        expect(schema.parse(value)).toBe(value);
      }),
    );
    expect(schema.parse('000000')).toBe('000000');
    expect(schema.parse('012345')).toBe('012345');
  });

  it('rejects near misses (other lengths, foreign digits, whitespace, signs) without echoing them', () => {
    fc.assert(
      fc.property(nearMiss, (value) => {
        expect(isSixAsciiDigits(value)).toBe(false);
        expectRejectedWithoutEcho(schema, value);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the oracle on arbitrary strings', () => {
    const digitHeavy = fc.string({
      unit: fc.oneof({ weight: 8, arbitrary: asciiDigit }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }),
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.oneof(digitHeavy, fc.string({ unit: 'binary' })), (value) => {
        expect(schema.safeParse(value).success).toBe(isSixAsciiDigits(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects numbers, even 6-digit ones, without echoing them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 100_000, max: 999_999 }), fc.integer(), fc.double()), (value) => {
        expectRejectedWithoutEcho(schema, value);
      }),
    );
  });

  it.each([
    ['full-width digits', '１２３４５６'],
    ['Arabic-Indic digits', '١٢٣٤٥٦'],
    ['five digits', '12345'],
    ['seven digits', '1234567'],
    ['inner space', '123 456'],
    ['trailing newline', '123456\n'],
    ['empty', ''],
  ])('rejects %s', (_case, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });

  it('rejects non-strings with a type message', () => {
    for (const value of [null, undefined, true, ['123456'], { pin: '123456' }, 123456n]) {
      const texts = failureTexts(schema, value);
      expect(texts[0]).toMatch(/must be a string/);
    }
  });

  it('explains the rule in words', () => {
    const [message] = failureTexts(schema, '12345');
    expect(message).toMatch(/exactly six ASCII digits/);
  });
});

describe('messages', () => {
  it.each([
    ['Pin', Pin, /^PIN /],
    ['VerificationCode', VerificationCode, /^verification code /],
  ] as const)('%s: name the value and contain no digit, so no secret can hide in them', (_name, schema, lead) => {
    for (const value of ['12a456', '12345', '１２３４５６', 42, null]) {
      const [message] = failureTexts(schema, value);
      expect(message).toMatch(lead);
      expect(message).not.toMatch(/[0-9]/);
    }
  });
});
