import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_LOCALIZATION_REGIONS, DataLocalizationRegion } from '../../src/schemas/region.js';
import { failureTexts } from './arbitraries.js';

// Contract §3.4, written out independently of the source.
const EXPECTED = ['AE', 'AU', 'BH', 'BR', 'CA', 'CH', 'DE', 'GB', 'ID', 'IN', 'JP', 'KR', 'SG', 'ZA'];

describe('DataLocalizationRegion', () => {
  it('lists exactly the 14 regions of the contract', () => {
    expect([...DATA_LOCALIZATION_REGIONS].sort()).toEqual(EXPECTED);
    expect(new Set(DATA_LOCALIZATION_REGIONS).size).toBe(14);
  });

  it.each(EXPECTED)('accepts %s', (code) => {
    expect(DataLocalizationRegion.parse(code)).toBe(code);
  });

  it('accepts exactly the 14 among every two-letter code (any case)', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 2, maxLength: 2 }), (code) => {
        expect(DataLocalizationRegion.safeParse(code).success).toBe(EXPECTED.includes(code));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects anything else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 6 }), (value) => {
        fc.pre(!EXPECTED.includes(value));
        expect(DataLocalizationRegion.safeParse(value).success).toBe(false);
      }),
    );
    for (const value of ['us', 'br', ' BR', 'BR ', 'EU', 'BRA', '', null, 76]) {
      expect(DataLocalizationRegion.safeParse(value).success).toBe(false);
    }
  });

  it('says which values are allowed, without echoing the input', () => {
    const [message] = failureTexts(DataLocalizationRegion, 'XYZZY');
    expect(message).toContain('AU, ID, IN, JP, SG, KR, DE, CH, GB, BR, BH, ZA, AE, CA');
    expect(message).not.toContain('XYZZY');
  });
});
