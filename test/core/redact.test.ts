import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSdkLogger } from '../../src/core/logger.js';
import { Redactor, REDACTED } from '../../src/core/redact.js';
import { captureLogger } from '../helpers/client.js';

describe('Redactor', () => {
  it('removes every known secret, in plain, URL-encoded and base64 form, from any text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 40 }), fc.string(), fc.string(), (secret, before, after) => {
        const redactor = new Redactor([secret]);
        for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')]) {
          expect(redactor.text(`${before}${form}${after}`)).not.toContain(secret);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('blanks secret-named keys at any depth, and leaves other data alone', () => {
    const redactor = new Redactor();
    expect(
      redactor.value({ pin: '123456', nested: { Authorization: 'Bearer x', list: [{ code: '654321', ok: 1 }] }, id: '42' }),
    ).toEqual({ pin: REDACTED, nested: { Authorization: REDACTED, list: [{ code: REDACTED, ok: 1 }] }, id: '42' });
  });

  it('survives cycles', () => {
    const a: Record<string, unknown> = { id: 1 };
    a['self'] = a;
    expect(() => new Redactor().value(a)).not.toThrow();
  });
});

describe('SDK logger', () => {
  it('drops lines below the level and redacts the rest', () => {
    const target = captureLogger();
    const logger = createSdkLogger(target, 'info', new Redactor(['s3cr3t-token']));
    logger.debug('hidden');
    logger.info('token s3cr3t-token here', { access_token: 'anything', n: 1 });
    expect(target.lines).toEqual([`[wabakit] token ${REDACTED} here {"access_token":"${REDACTED}","n":1}`]);
  });

  it('is silent at level off', () => {
    const target = captureLogger();
    const logger = createSdkLogger(target, 'off', new Redactor());
    logger.error('nope');
    expect(target.lines).toEqual([]);
  });
});
