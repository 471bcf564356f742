import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchedWire, batchItem } from '../../src/core/batch.js';
import { toQueryString } from '../../src/core/wire.js';
import { isValidationError } from '../../src/errors/guards.js';

/** The one inner request a batch form carries. */
function innerOf(body: unknown): { method: string; relative_url: string } {
  const form = body as URLSearchParams;
  const items = JSON.parse(form.get('batch')!) as { method: string; relative_url: string }[];
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('batchedWire', () => {
  it('moves the GET query into relative_url and leaves the outer URL without a query', () => {
    const wire = batchedWire('debug_token', { query: 'input_token=EAAG123', json: undefined, body: undefined }, undefined);
    expect(wire.query).toBe('');
    expect(wire.json).toBeUndefined();
    expect(innerOf(wire.body)).toEqual({ method: 'GET', relative_url: 'debug_token?input_token=EAAG123' });
    expect((wire.body as URLSearchParams).get('include_headers')).toBe('false');
    expect((wire.body as URLSearchParams).has('appsecret_proof')).toBe(false);
  });

  it('keeps a bare path bare, and puts the proof in the outer form only', () => {
    const wire = batchedWire('me', { query: '', json: undefined, body: undefined }, 'a'.repeat(64));
    expect(innerOf(wire.body).relative_url).toBe('me');
    expect((wire.body as URLSearchParams).get('appsecret_proof')).toBe('a'.repeat(64));
  });

  it('carries any query value through the form and the relative URL unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ maxLength: 20 }), (value, other) => {
        const query = toQueryString({ input_token: value, other });
        const wire = batchedWire('debug_token', { query, json: undefined, body: undefined }, undefined);
        const relative = new URL(innerOf(wire.body).relative_url, 'https://graph.invalid/');
        expect(relative.pathname).toBe('/debug_token');
        expect(relative.searchParams.get('input_token')).toBe(value);
        expect(relative.searchParams.get('other')).toBe(other);
      }),
      { numRuns: 200 },
    );
  });
});

describe('batchItem', () => {
  it("reads the one item's status and body text", () => {
    expect(batchItem('Op', [{ code: 401, body: '{"error":{}}', extra: 1 }], undefined)).toEqual({ status: 401, text: '{"error":{}}' });
    expect(batchItem('Op', [{ code: 200 }], undefined)).toEqual({ status: 200, text: '' });
  });

  it('reads a null item (it did not complete within the batch) as a 504', () => {
    const { status, text } = batchItem('Op', [null], undefined);
    expect(status).toBe(504);
    expect(text).toMatch(/did not complete/);
  });

  it('rejects anything that is not a one-item batch reply as an invalid response (property)', () => {
    const valid = fc.oneof(fc.constant(null), fc.record({ code: fc.integer(), body: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: ['code'] }));
    const invalid = fc.oneof(
      fc.anything().filter((value) => !Array.isArray(value)),
      fc.constant([]),
      fc.array(valid, { minLength: 2, maxLength: 4 }),
      fc.tuple(fc.anything().filter((v) => v !== null && (typeof v !== 'object' || typeof (v as { code?: unknown }).code !== 'number'))),
    );
    fc.assert(
      fc.property(invalid, (body) => {
        let thrown: unknown;
        try {
          batchItem('Op', body, 'trace');
        } catch (error) {
          thrown = error;
        }
        expect(isValidationError(thrown)).toBe(true);
        expect(thrown).toMatchObject({ direction: 'response', subject: 'Op batch response', fbtraceId: 'trace' });
      }),
      { numRuns: 300 },
    );
  });
});
