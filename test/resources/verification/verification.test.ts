import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isInvalidRequestError, isOutcomeUnknownError, isRateLimitError } from '../../../src/errors/guards.js';
import { captureLogger, makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const verification = () => makeClient().phoneNumber(PHONE).verification;

describe('verification.requestCode', () => {
  it('POSTs code_method and language to /request_code as a JSON body', async () => {
    const fake = capture('post', `${NODE}/request_code`);
    await expect(verification().requestCode({ code_method: 'SMS', language: 'en_US' })).resolves.toEqual({ success: true });
    const request = fake.one();
    expect(request.path).toBe(`/v23.0/${PHONE}/request_code`);
    expect(request.body).toEqual({ code_method: 'SMS', language: 'en_US' });
    expect(request.query).toEqual({});
  });

  it('accepts VOICE and a two-letter language', async () => {
    const fake = capture('post', `${NODE}/request_code`);
    await verification().requestCode({ code_method: 'VOICE', language: 'pt' });
    expect(fake.one().body).toEqual({ code_method: 'VOICE', language: 'pt' });
  });

  it.each([
    ['IVR (pre-verified numbers only)', { code_method: 'IVR', language: 'en' }],
    ['a lower-case method', { code_method: 'sms', language: 'en' }],
    ['a hyphenated language', { code_method: 'SMS', language: 'en-US' }],
    ['no language', { code_method: 'SMS' }],
    ['Postman’s locale name', { code_method: 'SMS', locale: 'en_US' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => verification().requestCode(params as never));
  });

  it('maps a throttle and does not retry it', async () => {
    const fake = capture('post', `${NODE}/request_code`, () => graphError({ code: 4, headers: { 'retry-after': '1' } }));
    const error = await rejectionOf(makeClient({ maxRetries: 3 }).phoneNumber(PHONE).verification.requestCode({ code_method: 'SMS', language: 'en' }));
    expect(isRateLimitError(error)).toBe(true);
    expect(fake.seen()).toHaveLength(1);
  });

  it('turns a lost answer into OutcomeUnknownError pointing at code_verification_status', async () => {
    capture('post', `${NODE}/request_code`, () => HttpResponse.error());
    const error = await rejectionOf(verification().requestCode({ code_method: 'SMS', language: 'en' }));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/code_verification_status/);
  });
});

describe('verification.verifyCode', () => {
  it('POSTs {code} to /verify_code, leading zeros kept, and accepts an extra id in the answer', async () => {
    const fake = capture('post', `${NODE}/verify_code`, { success: true, id: PHONE });
    await expect(verification().verifyCode({ code: '004821' })).resolves.toEqual({ success: true, id: PHONE });
    expect(fake.one().body).toEqual({ code: '004821' });
    expect(fake.one().query).toEqual({});
  });

  it('rejects anything but six ASCII digits as a string, before sending (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string().filter((s) => !/^[0-9]{6}$/.test(s)),
          fc.integer({ min: 0, max: 999_999 }),
          fc.stringMatching(/^[0-9]{7,9}$/),
        ),
        async (code) => {
          await expectRejectedLocally(() => verification().verifyCode({ code } as never));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('maps a wrong code (#100) and never shows the code in the error or the logs', async () => {
    capture('post', `${NODE}/verify_code`, () => graphError({ code: 100, message: '(#100) Code 731904 is wrong', details: 'code=731904' }));
    const logger = captureLogger();
    const error = await rejectionOf(makeClient({ logger, logLevel: 'debug' }).phoneNumber(PHONE).verification.verifyCode({ code: '731904' }));
    expect(isInvalidRequestError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('731904');
    expect(String((error as Error).stack)).not.toContain('731904');
    expect(logger.lines.join('\n')).not.toContain('731904');
  });
});
