import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formEncode, toQueryString } from '../../src/core/wire.js';

describe('query strings (built without URLSearchParams, byte for byte the same)', () => {
  it('formEncode(s) is what URLSearchParams writes for s, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }), fc.string()), (text) => {
        expect(formEncode(text)).toBe(new URLSearchParams([['k', text]]).toString().slice(2));
      }),
      { numRuns: 200 },
    );
    expect(formEncode("a b!'()~*-._")).toBe('a+b%21%27%28%29%7E*-._');
    expect(formEncode('\uD800x')).toBe('%EF%BF%BDx');
  });

  it('toQueryString(query) equals URLSearchParams of the same entries (undefined and null dropped, objects as JSON)', () => {
    const value = fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.boolean(), fc.constant(undefined), fc.constant(null), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string()));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }).filter((key) => key !== '__proto__'), value), (query) => {
        const expected = new URLSearchParams();
        for (const [key, inner] of Object.entries(query)) {
          if (inner !== undefined && inner !== null) expected.set(key, typeof inner === 'object' ? JSON.stringify(inner) : String(inner));
        }
        expect(toQueryString(query)).toBe(expected.toString());
      }),
      { numRuns: 300 },
    );
    expect(toQueryString({})).toBe('');
    expect(toQueryString({ fields: 'status,throughput', limit: 100, filtering: [{ field: 'x' }], skip: undefined })).toBe(
      'fields=status%2Cthroughput&limit=100&filtering=%5B%7B%22field%22%3A%22x%22%7D%5D',
    );
  });
});
