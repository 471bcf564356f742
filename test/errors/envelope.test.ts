import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorDetails, GraphErrorEnvelope, parseGraphError } from '../../src/errors/envelope.js';

describe('parseGraphError', () => {
  it('reads the documented envelope (contract §7.1)', () => {
    const error = parseGraphError({
      error: {
        message: '(#130429) Rate limit hit',
        type: 'OAuthException',
        code: 130429,
        error_subcode: 2494055,
        error_user_title: 't',
        error_user_msg: 'm',
        is_transient: true,
        error_data: { messaging_product: 'whatsapp', details: 'd' },
        fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
    });
    expect(error).toMatchObject({ code: 130429, error_subcode: 2494055, is_transient: true, fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam' });
    expect(error && errorDetails(error)).toBe('d');
  });

  it('reads error_data as a string', () => {
    const error = parseGraphError({ error: { code: 100, error_data: 'details as text' } });
    expect(error && errorDetails(error)).toBe('details as text');
  });

  it('keeps unknown keys (tolerant schema)', () => {
    const result = GraphErrorEnvelope.safeParse({ error: { code: 1, future_field: 'x' }, other: true });
    expect(result.success && (result.data.error as Record<string, unknown>)['future_field']).toBe('x');
  });

  it('turns a numeric-string code into a number but rejects fractions and words', () => {
    expect(parseGraphError({ error: { code: '80008' } })?.code).toBe(80008);
    expect(parseGraphError({ error: { code: 1.5, message: 'm' } })?.code).toBeUndefined();
    expect(parseGraphError({ error: { code: 'abc', message: 'm' } })?.code).toBeUndefined();
  });

  it.each([
    ['no error member', { message: 'x' }],
    ['error as a string', { error: 'invalid_token' }],
    ['error without code or message', { error: { type: 'OAuthException' } }],
    ['an array', [{ error: { code: 1 } }]],
    ['a string', '{"error":{"code":1}}'],
    ['null', null],
  ])('is undefined for %s', (_label, body) => {
    expect(parseGraphError(body)).toBeUndefined();
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ error: fc.anything() })), (body) => {
        parseGraphError(body);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('errorDetails — top-level details (issue #13)', () => {
  it('falls back to error.details when error_data has none', () => {
    const error = parseGraphError({ error: { code: 131051, details: 'Message type is not currently supported' } });
    expect(error && errorDetails(error)).toBe('Message type is not currently supported');
    const both = parseGraphError({ error: { code: 131051, details: 'top', error_data: { details: 'nested' } } });
    expect(both && errorDetails(both)).toBe('nested');
  });

  it('a wrongly typed top-level details reads as absent and hides nothing else', () => {
    const error = parseGraphError({ error: { code: 131051, details: 42, message: 'm' } });
    expect(error).toMatchObject({ code: 131051, message: 'm' });
    expect(error && errorDetails(error)).toBeUndefined();
  });
});
