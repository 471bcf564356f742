import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQueryString, encodeFormBody, encodeRfc3986 } from '../../../src/cams/signing/encode.js';
import { isValidationError } from '../../../src/errors/guards.js';

describe('encodeRfc3986 (contract §2.2)', () => {
  it.each([
    [' ', '%20'],
    ['*', '%2A'],
    ['~', '~'],
    ['!', '%21'],
    ["'", '%27'],
    ['(', '%28'],
    [')', '%29'],
    ['+', '%2B'],
    ['&', '%26'],
    ['=', '%3D'],
    ['/', '%2F'],
    ['\n', '%0A'],
    ['-_.', '-_.'],
    ['AZaz09', 'AZaz09'],
    ['é', '%C3%A9'],
    ['☕', '%E2%98%95'],
    ['🚀', '%F0%9F%9A%80'],
    ['', ''],
  ])('%j → %s', (input, expected) => {
    expect(encodeRfc3986(input)).toBe(expected);
  });

  it('keeps only unreserved characters raw and uses upper-case hex (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = encodeRfc3986(text);
        expect(out).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(out)).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses a lone surrogate with a ValidationError that does not echo the value', () => {
    const attempt = () => canonicalQueryString({ VerifyCode: '123\uD800456' });
    expect(attempt).toThrow(/VerifyCode/);
    try {
      attempt();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      expect(String(error)).not.toContain('123');
    }
  });
});

describe('canonicalQueryString (contract §2.2)', () => {
  it('sorts names, encodes names and values, keeps empty values as name=', () => {
    expect(canonicalQueryString({ b: 'x y', a: '', 'C d': '*' })).toBe('C%20d=%2A&a=&b=x%20y');
    expect(canonicalQueryString({})).toBe('');
  });

  it('sorts by code point, not by UTF-16 code unit (astral names after U+FF61)', () => {
    // UTF-16: '\uD83D…' < '\uFF61'; code points: U+FF61 < U+1F600.
    expect(canonicalQueryString({ '😀': '1', '｡': '2' })).toBe('%EF%BD%A1=2&%F0%9F%98%80=1');
  });

  it('refuses a value that is not a string, naming the parameter', () => {
    expect(() => canonicalQueryString({ Start: 1763596800000 as unknown as string })).toThrow(/Start/);
  });
});

describe('encodeFormBody (contract §2.4)', () => {
  it('keeps field order and encodes like the query (space → %20, never +)', () => {
    expect(encodeFormBody({ Z: 'a b+c', A: "(x*2) ~ !'" })).toBe('Z=a%20b%2Bc&A=%28x%2A2%29%20~%20%21%27');
  });

  it('round-trips through a form decoder (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'binary' })), (fields) => {
        const body = encodeFormBody(fields);
        expect(body).not.toContain('+');
        expect(Object.fromEntries(new URLSearchParams(body))).toEqual(fields);
      }),
      { numRuns: 1_000 },
    );
  });
});
