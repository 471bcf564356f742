import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnixSeconds, UnixSeconds } from '../../src/schemas/unix-seconds.js';

const safeInteger = fc.maxSafeInteger().map((value) => value || 0); // never -0

describe('UnixSeconds', () => {
  it('accepts Meta\'s two forms (integer in account_update, string in messages)', () => {
    expect(UnixSeconds.parse(1641330498)).toBe(1641330498);
    expect(UnixSeconds.parse('1749416383')).toBe(1749416383);
  });

  it('accepts any safe integer, as a number or as its decimal string, and gives the same number', () => {
    fc.assert(
      fc.property(safeInteger, (seconds) => {
        expect(UnixSeconds.parse(seconds)).toBe(seconds);
        expect(UnixSeconds.parse(String(seconds))).toBe(seconds);
        expect(isUnixSeconds(seconds) && isUnixSeconds(String(seconds))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts any digit string of up to 15 digits (leading zeros included) as its decimal value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{1,15}$/), (text) => {
        expect(UnixSeconds.parse(text)).toBe(Number(text) || 0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('accepts leading zeros and normalises "-0" to 0', () => {
    expect(UnixSeconds.parse('0001641330498')).toBe(1641330498);
    expect(Object.is(UnixSeconds.parse('-0'), 0)).toBe(true);
  });

  it('rejects every string that is not an optional sign and digits', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !/^-?[0-9]+$/.test(text)),
        (text) => {
          const result = UnixSeconds.safeParse(text);
          expect(result.success).toBe(false);
          expect(result.error?.issues[0]?.message).toBe('expected Unix seconds (an integer or a string of digits), got string');
        },
      ),
      { numRuns: 2_000 },
    );
    for (const text of ['', ' 1', '1 ', '+1', '1.5', '1e9', '0x10', '2026-04-19T13:59:20+0000', 'April 17, 2025']) {
      expect(UnixSeconds.safeParse(text).success).toBe(false);
    }
  });

  it('rejects fractions, unsafe integers, NaN, infinities and digit strings beyond 2^53', () => {
    fc.assert(
      fc.property(fc.double({ noInteger: true }), (value) => {
        expect(UnixSeconds.safeParse(value).success).toBe(false);
      }),
      { numRuns: 1_000 },
    );
    for (const value of [Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER - 1, Number.NaN, Infinity, -Infinity, '9007199254740993', '99999999999999999']) {
      expect(UnixSeconds.safeParse(value).success).toBe(false);
    }
  });

  it('rejects every other type and names it (never the value)', () => {
    const cases: [unknown, string][] = [
      [true, 'boolean'],
      [null, 'null'],
      [undefined, 'undefined'],
      [[1641330498], 'array'],
      [{ seconds: 1641330498 }, 'object'],
      [1.5, 'number'],
      [10n, 'bigint'],
    ];
    for (const [value, type] of cases) {
      const result = UnixSeconds.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(`expected Unix seconds (an integer or a string of digits), got ${type}`);
    }
  });
});
