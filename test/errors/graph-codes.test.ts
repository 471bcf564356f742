import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAPH_CODES, isThrottleCode, lookupGraphCode, RETRY_NEVER_CODES } from '../../src/errors/graph-codes.js';
import { EXPECTED_CODES, UNKNOWN_CODES } from './fixtures/contract-codes.js';

describe('lookupGraphCode — one row per code of contract §7', () => {
  it.each(EXPECTED_CODES.map((row) => [row.section, row.code, row]))('§%s code %i', (_section, code, row) => {
    const entry = lookupGraphCode(code);
    expect(entry).toBeDefined();
    expect(entry?.errorClass).toBe(row.className);
    expect(entry?.retryAdvice).toBe(row.advice);
    expect(entry?.scope).toBe(row.scope);
    expect(entry?.title.length).toBeGreaterThan(0);
  });

  it('has no catalog row that the contract table does not expect (both directions agree)', () => {
    const expected = new Set(EXPECTED_CODES.map((row) => row.code));
    const extra = [...GRAPH_CODES.keys()].filter((code) => !expected.has(code));
    expect(extra).toEqual([]);
  });

  it('lists each expected code once', () => {
    const codes = EXPECTED_CODES.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(UNKNOWN_CODES)('code %i is unknown', (code) => {
    expect(lookupGraphCode(code)).toBeUndefined();
  });

  it('returns undefined for non-integers and never throws', () => {
    expect(lookupGraphCode(100.5)).toBeUndefined();
    expect(lookupGraphCode(Number.NaN)).toBeUndefined();
    expect(lookupGraphCode(Number.POSITIVE_INFINITY)).toBeUndefined();
    fc.assert(
      fc.property(fc.double(), (code) => {
        lookupGraphCode(code);
      }),
    );
  });
});

describe('ranges', () => {
  it('maps the whole 201–299 range to PermissionError / user-action', () => {
    fc.assert(
      fc.property(fc.integer({ min: 201, max: 299 }), (code) => {
        const entry = lookupGraphCode(code);
        expect(entry?.errorClass).toBe('PermissionError');
        expect(entry?.retryAdvice).toBe('user-action');
      }),
    );
  });

  it('maps unlisted 2388xxx codes to MigrationError / fix-request', () => {
    expect(lookupGraphCode(2388000)?.errorClass).toBe('MigrationError');
    expect(lookupGraphCode(2388999)?.errorClass).toBe('MigrationError');
    expect(lookupGraphCode(2388500)?.retryAdvice).toBe('fix-request');
  });

  it('maps the business-use-case family 80000–80014 to throttles (reliability.md G14)', () => {
    for (let code = 80000; code <= 80014; code++) {
      expect(lookupGraphCode(code)?.errorClass).toBe('RateLimitError');
      expect(isThrottleCode(code)).toBe(true);
    }
    expect(lookupGraphCode(80000)?.scope).toBe('business-use-case');
  });
});

describe('isThrottleCode', () => {
  const throttles = [4, 17, 32, 341, 613, 80007, 80008, 130429, 131048, 131056, 131064];
  it.each(throttles)('%i is a throttle', (code) => {
    expect(isThrottleCode(code)).toBe(true);
  });
  it.each([133016, 0, 1, 100, 131000, 133005, 138005, 999])('%i is not a throttle', (code) => {
    expect(isThrottleCode(code)).toBe(false);
  });
  it('is false for undefined', () => {
    expect(isThrottleCode(undefined)).toBe(false);
  });
});

describe('RETRY_NEVER_CODES', () => {
  it('holds exactly the PIN, registration-limit, identity and lock codes', () => {
    expect([...RETRY_NEVER_CODES].sort((a, b) => a - b)).toEqual([131031, 133005, 133008, 133009, 133016, 137000]);
  });
});
