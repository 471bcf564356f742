/**
 * `CamsRegistration` (src/cams/resources/registration.ts): register, verifyAndRegister and deregister on the CAMS core
 * client, without `CamsPhoneNumberCore`. It is the one CAMS implementation — `CamsPhoneNumber` delegates to it —
 * so the tests also compare the signed requests of the two (and of `client.phoneNumber(phone)`) and share one
 * registration guard between them. Every request is checked by the independent ACS3 verifier (helpers/cams.ts).
 */
import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CamsCore } from '../../../src/cams/cams-core.js';
import { CamsPhoneNumber } from '../../../src/cams/resources/phone-number.js';
import { CamsRegistration } from '../../../src/cams/resources/registration.js';
import { CamsVerification } from '../../../src/cams/resources/verification.js';
import {
  isOutcomeUnknownError,
  isRegistrationQuotaError,
  isRegistrationRateLimitError,
  isValidationError,
} from '../../../src/errors/guards.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';
import { captureLogger, silentLogger } from '../../helpers/client.js';
import { AK_ID, AK_SECRET, camsOk, DIGITS, makeCamsClient, SPACE, useCams, type CamsSent } from '../helpers/cams.js';

const core = (overrides: Record<string, unknown> = {}) =>
  new CamsCore({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, custSpaceId: SPACE, maxRetries: 0, registrationGuard: false, qpsLimit: false, logger: silentLogger, ...overrides });
const registration = (overrides: Record<string, unknown> = {}) => new CamsRegistration(core(overrides), `+${DIGITS}`);

const reject = (promise: Promise<unknown>) =>
  promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );

/** What a signed request carried, without what changes per request (nonce, date, signature). */
const wire = (sent: CamsSent) => ({ action: sent.action, query: sent.queryParams, body: sent.bodyParams });

describe('CamsRegistration: constructing', () => {
  it('sends nothing, and refuses a number that is not 8–15 digits', () => {
    const sent = useCams();
    expect(new CamsRegistration(core(), '+65 8123 4567')).toBeInstanceOf(CamsRegistration);
    for (const phone of ['12345', '+65 8123 4567 8901 23', 'sixty-five', '']) {
      expect(() => new CamsRegistration(core(), phone)).toThrow(expect.objectContaining({ name: 'ValidationError', direction: 'request' }));
    }
    expect(sent).toHaveLength(0);
  });
});

describe('CamsRegistration.register', () => {
  it('calls ChatappPhoneNumberRegister with the digits and the channel, and answers { success: true }', async () => {
    const sent = useCams();
    await expect(registration().register()).resolves.toEqual({ success: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ action: 'ChatappPhoneNumberRegister', params: { PhoneNumber: DIGITS, CustSpaceId: SPACE } });
  });

  it.each([
    ['a PIN (CAMS manages it)', { pin: '012345' }],
    ['a local-storage region', { data_localization_region: 'SG' }],
    ['an unknown field', { code: '004821' }],
  ])('rejects %s before signing anything', async (_, params) => {
    const sent = useCams();
    const error = await reject(registration().register(params as never));
    expect(isValidationError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('012345');
    expect(sent).toHaveLength(0);
  });

  it('maps a Meta 133016 to RegistrationRateLimitError and locks register locally', async () => {
    const sent = useCams(() => HttpResponse.json({ RequestId: 'R', Code: 'ERR-FB-001', Message: '(#133016) Account register deregister rate limit exceeded' }, { status: 400 }));
    const client = core({ registrationGuard: {} });
    expect(isRegistrationRateLimitError(await reject(new CamsRegistration(client, DIGITS).register()))).toBe(true);
    const second = await reject(new CamsRegistration(client, DIGITS).register());
    expect(second).toMatchObject({ name: 'RegistrationQuotaError', reason: 'locked-by-meta', phoneNumberId: `cams:${DIGITS}` });
    expect(sent).toHaveLength(1);
  });
});

describe('the same signed requests as CamsPhoneNumber (on a core) and CamsClient', () => {
  it('for every method and any way of writing the number (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[1-9][0-9]{7,14}$/),
        fc.constantFrom('', '+'),
        fc.stringMatching(/^[0-9]{6}$/),
        async (digits, plus, code) => {
          const sent = useCams();
          const phone = `${plus}${digits}`;
          for (const target of [new CamsRegistration(core(), phone), new CamsPhoneNumber(core(), phone), makeCamsClient().phoneNumber(phone)]) {
            await target.register();
            await target.verifyAndRegister({ code });
            await target.deregister();
          }
          const [fromRegistration, fromCore, fromClient] = [sent.slice(0, 3), sent.slice(3, 6), sent.slice(6, 9)].map((calls) => calls.map(wire));
          expect(sent).toHaveLength(9);
          expect(fromRegistration?.map((c) => c.action)).toEqual(['ChatappPhoneNumberRegister', 'ChatappVerifyAndRegister', 'ChatappPhoneNumberDeregister']);
          expect(fromRegistration?.[1]?.body).toEqual({ VerifyCode: code });
          expect(fromRegistration).toEqual(fromCore);
          expect(fromCore).toEqual(fromClient);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('CamsRegistration.verifyAndRegister', () => {
  it('sends the code only in the signed form body, never in the URL', async () => {
    const sent = useCams();
    await expect(registration().verifyAndRegister({ code: '004821' })).resolves.toEqual({ success: true });
    expect(sent[0]).toMatchObject({ action: 'ChatappVerifyAndRegister', bodyParams: { VerifyCode: '004821' } });
    expect(sent[0]!.queryParams).not.toHaveProperty('VerifyCode');
    expect(sent[0]!.url).not.toContain('004821');
  });

  it.each([
    ['a five-digit code', { code: '04821' }],
    ['a numeric code', { code: 4821 }],
    ['a PIN besides the code', { code: '004821', pin: '012345' }],
    ['a region besides the code', { code: '004821', data_localization_region: 'SG' }],
  ])('rejects %s before signing anything', async (_, params) => {
    const sent = useCams();
    expect(isValidationError(await reject(registration().verifyAndRegister(params as never)))).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it('is sent once: a lost answer is OutcomeUnknownError with the status hint, and the code is in no error or log line', async () => {
    const sent = useCams(() => HttpResponse.error());
    const logger = captureLogger();
    const error = await reject(registration({ maxRetries: 3, logger, logLevel: 'debug' }).verifyAndRegister({ code: '731904' }));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/GetPhoneNumberVerificationStatus/);
    expect(JSON.stringify(error)).not.toContain('731904');
    expect(logger.lines.join('\n')).not.toContain('731904');
    expect(sent).toHaveLength(1);
  });
});

describe('CamsRegistration.deregister', () => {
  it('accepts the envelope without Success (contract §4.2) and is sent once on a lost answer', async () => {
    useCams(() => ({ RequestId: 'R-1', Code: 'OK', Message: 'SUCCESS' }));
    await expect(registration().deregister()).resolves.toEqual({ success: true });
    const sent = useCams(() => HttpResponse.error());
    expect(isOutcomeUnknownError(await reject(registration({ maxRetries: 3 }).deregister()))).toBe(true);
    expect(sent).toHaveLength(1);
  });
});

describe('one registration guard for CamsRegistration and CamsPhoneNumber', () => {
  it('counts register and verifyAndRegister of both under cams:<digits>; deregister apart', async () => {
    const sent = useCams(() => camsOk());
    const client = core({ registrationGuard: { limit: 2 } });
    await new CamsRegistration(client, `+${DIGITS}`).register();
    await new CamsPhoneNumber(client, DIGITS).verifyAndRegister({ code: '004821' });
    const refused = await reject(new CamsRegistration(client, DIGITS).verifyAndRegister({ code: '004821' }));
    expect(isRegistrationQuotaError(refused)).toBe(true);
    expect(refused).toMatchObject({ phoneNumberId: `cams:${DIGITS}`, action: 'register', reason: 'window-full' });
    await new CamsPhoneNumber(client, DIGITS).deregister();
    await new CamsRegistration(client, DIGITS).deregister();
    expect(isRegistrationQuotaError(await reject(new CamsPhoneNumber(client, DIGITS).deregister()))).toBe(true);
    expect(sent.map((s) => s.action)).toEqual(['ChatappPhoneNumberRegister', 'ChatappVerifyAndRegister', 'ChatappPhoneNumberDeregister', 'ChatappPhoneNumberDeregister']);
  });
});

describe('CamsRegistration on the CAMS simulator', () => {
  it('runs the serverless handler: request a code, verify and register, deregister, register again', async () => {
    // The SDK signs with the wall clock: the simulator's manual clock starts there.
    const sim = createCamsSimulator({ clock: manualClock(Date.now()), seed: 12 });
    const demo = seedCamsDemo(sim);
    const options = { ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' as const };
    const { phone_number } = await makeCamsClient(options).waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky SG' });

    const client = new CamsCore(options);
    await new CamsVerification(client, phone_number).requestCode({ code_method: 'SMS', language: 'en_US' });
    const number = new CamsRegistration(client, `+${phone_number}`);
    await number.verifyAndRegister({ code: sim.inbox.latestCode(phone_number)! });
    const state = () => sim.state.phoneNumber(demo.channel.custSpaceId, phone_number)?.Status;
    expect(state()).toBe('CONNECTED');
    await number.deregister();
    expect(state()).toBe('DISCONNECTED');
    await number.register();
    expect(state()).toBe('CONNECTED');
    expect(sim.calls.map((c) => c.action).slice(-4)).toEqual(['GetChatappVerifyCode', 'ChatappVerifyAndRegister', 'ChatappPhoneNumberDeregister', 'ChatappPhoneNumberRegister']);
  });
});
