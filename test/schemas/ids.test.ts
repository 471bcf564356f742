import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AppId,
  BusinessId,
  CountryCallingCode,
  GraphId,
  NationalNumber,
  PhoneNumberId,
  WabaId,
} from '../../src/schemas/ids.js';
import { asciiDigits, expectRejectedWithoutEcho, failureTexts, foreignDigit, insertInto, whitespace } from './arbitraries.js';

const onlyAsciiDigits = (s: string) => [...s].every((c) => c >= '0' && c <= '9');

/** Id-like strings that are not ids: signs, separators, whitespace, foreign digits, path tricks. */
const nonIdNoise = fc.oneof(whitespace, foreignDigit, fc.constantFrom('+', '-', '.', '/', '..', '?', '#', 'a', 'e', '%2F'));

describe.each([
  ['GraphId', GraphId, 'id'],
  ['WabaId', WabaId, 'WABA id'],
  ['PhoneNumberId', PhoneNumberId, 'phone number id'],
  ['BusinessId', BusinessId, 'business id'],
  ['AppId', AppId, 'app id'],
] as const)('%s', (_name, schema, label) => {
  it('accepts every string of 1–20 ASCII digits, unchanged', () => {
    fc.assert(
      fc.property(asciiDigits(1, 20), (id) => {
        expect(schema.parse(id)).toBe(id);
      }),
    );
    expect(schema.parse('106540352242922')).toBe('106540352242922');
    expect(schema.parse('18446744073709551615')).toBe('18446744073709551615');
  });

  it('rejects more than 20 digits', () => {
    fc.assert(
      fc.property(asciiDigits(21, 40), (id) => {
        expect(schema.safeParse(id).success).toBe(false);
      }),
    );
  });

  it.each(['', '.', '..', '/', '../me', 'me', '+123', '-1', '12 34', ' 123', '123\n', '１２３', '1e5', '0x1F'])(
    'rejects %j',
    (value) => {
      expect(schema.safeParse(value).success).toBe(false);
    },
  );

  it('rejects digits with any non-digit inserted, and numbers', () => {
    fc.assert(
      fc.property(insertInto(asciiDigits(1, 19), nonIdNoise), (value) => {
        expect(onlyAsciiDigits(value)).toBe(false);
        expect(schema.safeParse(value).success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.bigInt()), (value) => {
        expect(schema.safeParse(value).success).toBe(false);
      }),
    );
  });

  it('names the kind of id and never echoes the input', () => {
    expect(failureTexts(schema, 'abc')[0]).toMatch(new RegExp(`^${label} must be`));
    expect(failureTexts(schema, 12345)[0]).toBe(`${label} must be a string of digits`);
    fc.assert(
      fc.property(insertInto(asciiDigits(5, 19), nonIdNoise), (value) => {
        expectRejectedWithoutEcho(schema, value);
      }),
    );
    expectRejectedWithoutEcho(schema, 106540352242922);
  });
});

describe('CountryCallingCode', () => {
  it('accepts 1–3 digits without a leading zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(CountryCallingCode.parse(String(n))).toBe(String(n));
      }),
    );
  });

  it.each(['', '0', '01', '065', '1234', '+1', '+65', ' 1', '1 ', '６５', 'US'])('rejects %j', (value) => {
    expect(CountryCallingCode.safeParse(value).success).toBe(false);
  });

  it('rejects numbers', () => {
    expect(failureTexts(CountryCallingCode, 65)[0]).toBe('cc must be a string of digits');
  });
});

describe('NationalNumber', () => {
  it('accepts 4–14 ASCII digits, leading zeros included', () => {
    fc.assert(
      fc.property(asciiDigits(4, 14), (value) => {
        expect(NationalNumber.parse(value)).toBe(value);
      }),
    );
    expect(NationalNumber.parse('0612345678')).toBe('0612345678');
  });

  it('rejects other lengths, punctuation and the + sign without echoing', () => {
    fc.assert(
      fc.property(fc.oneof(asciiDigits(0, 3), asciiDigits(15, 25)), (value) => {
        expect(NationalNumber.safeParse(value).success).toBe(false);
      }),
    );
    fc.assert(
      fc.property(insertInto(asciiDigits(6, 12), fc.constantFrom(' ', '-', '(', ')', '.', '+', '１')), (value) => {
        expectRejectedWithoutEcho(NationalNumber, value);
      }),
    );
    expect(NationalNumber.safeParse('+16315551234').success).toBe(false);
    expect(NationalNumber.safeParse(6315551234).success).toBe(false);
  });
});
