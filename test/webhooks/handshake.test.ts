import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebhookHandshakeError, type WebhookHandshakeErrorReason } from '../../src/webhooks/errors.js';
import { verifyHandshake, type HandshakeQuery } from '../../src/webhooks/handshake.js';

const TOKEN = 'my-verify-token';

function reasonOf(run: () => unknown): WebhookHandshakeErrorReason | 'accepted' {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (isWebhookHandshakeError(error)) return error.reason;
    throw error;
  }
}

function url(params: Record<string, string>): URL {
  const result = new URL('https://example.com/webhook');
  for (const [key, value] of Object.entries(params)) result.searchParams.append(key, value);
  return result;
}

describe('verifyHandshake', () => {
  const ok = { 'hub.mode': 'subscribe', 'hub.verify_token': TOKEN, 'hub.challenge': '1158201444' };

  it('echoes hub.challenge for every query shape', () => {
    const shapes: HandshakeQuery[] = [
      url(ok),
      url(ok).searchParams,
      url(ok).toString(),
      url(ok).search,
      url(ok).search.slice(1),
      ok,
      { 'hub.mode': ['subscribe'], 'hub.verify_token': [TOKEN], 'hub.challenge': ['1158201444'] },
    ];
    for (const query of shapes) expect(verifyHandshake(query, TOKEN)).toBe('1158201444');
  });

  it.each([
    ['mode missing', { 'hub.verify_token': TOKEN, 'hub.challenge': '1' }, 'wrong-mode'],
    ['mode unsubscribe', { ...ok, 'hub.mode': 'unsubscribe' }, 'wrong-mode'],
    ['mode Subscribe (case matters)', { ...ok, 'hub.mode': 'Subscribe' }, 'wrong-mode'],
    ['token missing', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }, 'missing-token'],
    ['token empty', { ...ok, 'hub.verify_token': '' }, 'missing-token'],
    ['token wrong', { ...ok, 'hub.verify_token': 'my-verify-tokeN' }, 'token-mismatch'],
    ['token prefix', { ...ok, 'hub.verify_token': 'my-verify' }, 'token-mismatch'],
    ['token longer', { ...ok, 'hub.verify_token': `${TOKEN} ` }, 'token-mismatch'],
    ['challenge missing', { 'hub.mode': 'subscribe', 'hub.verify_token': TOKEN }, 'invalid-challenge'],
    ['challenge empty', { ...ok, 'hub.challenge': '' }, 'invalid-challenge'],
    ['challenge with markup', { ...ok, 'hub.challenge': '<script>x</script> ' }, 'invalid-challenge'],
    ['challenge with newline', { ...ok, 'hub.challenge': '1\r\nSet-Cookie: a=b' }, 'invalid-challenge'],
    ['challenge too long', { ...ok, 'hub.challenge': '9'.repeat(513) }, 'invalid-challenge'],
  ] as const)('%s → %s', (_label, params, reason) => {
    expect(reasonOf(() => verifyHandshake(url(params), TOKEN))).toBe(reason);
  });

  it('treats a repeated parameter as absent (no picking one of two tokens)', () => {
    const query = url(ok);
    query.searchParams.append('hub.verify_token', 'attacker');
    expect(reasonOf(() => verifyHandshake(query, TOKEN))).toBe('missing-token');
  });

  it('accepts only the exact token over random tokens (constant-time compare is still exact)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (expected, given) => {
        const query = { 'hub.mode': 'subscribe', 'hub.verify_token': given, 'hub.challenge': '42' };
        const outcome = reasonOf(() => verifyHandshake(query, expected));
        expect(outcome).toBe(given === expected ? 'accepted' : 'token-mismatch');
      }),
      { numRuns: 5_000 },
    );
  });

  it('never names either token in the error', () => {
    const controlText = () => {
      try {
        verifyHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'control-given', 'hub.challenge': '1' }, 'control-expected');
        return '';
      } catch (error) {
        return [String(error), (error as Error).stack ?? '', JSON.stringify(error)].join('\n');
      }
    };
    fc.assert(
      fc.property(fc.string({ minLength: 6, maxLength: 40, unit: 'grapheme-ascii' }), (secret) => {
        // A "secret" that already occurs in the error's fixed text (stack frames such as fast-check's `Property`,
        // runs of spaces) proves nothing either way; only secrets absent from a control error, raised at the same
        // depth, are judged.
        fc.pre(!controlText().includes(secret));
        try {
          verifyHandshake({ 'hub.mode': 'subscribe', 'hub.verify_token': `${secret}!`, 'hub.challenge': '1' }, secret);
          expect.unreachable();
        } catch (error) {
          for (const text of [String(error), (error as Error).stack ?? '', JSON.stringify(error)]) expect(text).not.toContain(secret);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an empty configured token', () => {
    expect(() => verifyHandshake(url(ok), '')).toThrow(TypeError);
  });
});
