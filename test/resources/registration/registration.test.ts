/**
 * `Registration` (src/resources/registration/registration.ts): register, deregister and verifyAndRegister on a core
 * client, without `PhoneNumberCore`. It is the one implementation: `PhoneNumber` delegates to it, so the tests below
 * also compare the wire of the two (and of `client.phoneNumber(id)`) and share one registration guard between them.
 */
import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  isOutcomeUnknownError,
  isPinMismatchError,
  isRegistrationQuotaError,
  isRegistrationRateLimitError,
  isValidationError,
} from '../../../src/errors/guards.js';
import { PhoneNumber } from '../../../src/resources/phone-number/phone-number.js';
import { Registration } from '../../../src/resources/registration/registration.js';
import { Verification } from '../../../src/resources/verification/verification.js';
import { DATA_LOCALIZATION_REGIONS } from '../../../src/schemas/region.js';
import { createSimulator, manualClock } from '../../../src/testing/index.js';
import { WabaCore } from '../../../src/waba-core.js';
import { captureLogger, makeClient, silentLogger, TEST_TOKEN } from '../../helpers/client.js';
import { countRequests, graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf, type Seen } from '../phone-number/capture.js';

type CoreOptions = Partial<ConstructorParameters<typeof WabaCore>[0]>;

const core = (overrides: CoreOptions = {}) =>
  new WabaCore({ accessToken: TEST_TOKEN, maxRetries: 0, registrationGuard: false, usageGuard: false, logger: silentLogger, ...overrides });
const registration = (overrides: CoreOptions = {}) => new Registration(core(overrides), PHONE);

/** What a request looked like on the wire, without the per-request headers (date, trace ids). */
const wire = (seen: Seen) => ({ method: seen.method, path: seen.path, query: seen.query, body: seen.body, type: seen.headers.get('content-type') });

describe('Registration: constructing', () => {
  it('sends nothing, and refuses an id that is not a numeric Graph id (a phone number, a path)', () => {
    const counter = countRequests();
    expect(new Registration(core(), PHONE)).toBeInstanceOf(Registration);
    for (const id of ['+65 8123 4567', '../me', '', '1065403522429221065403']) {
      expect(() => new Registration(core(), id)).toThrow(expect.objectContaining({ name: 'ValidationError', direction: 'request' }));
    }
    counter.stop();
    expect(counter.total()).toBe(0);
  });
});

describe('Registration.register', () => {
  it('POSTs messaging_product, the PIN and the region to /register as a JSON body', async () => {
    const fake = capture('post', `${NODE}/register`);
    await expect(registration().register({ pin: '012345', data_localization_region: 'SG' })).resolves.toEqual({ success: true });
    const request = fake.one();
    expect(request.path).toBe(`/v23.0/${PHONE}/register`);
    expect(request.body).toEqual({ messaging_product: 'whatsapp', pin: '012345', data_localization_region: 'SG' });
    expect(request.query).toEqual({});
    expect(request.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
  });

  it('sends exactly what PhoneNumber (on a core) and client.phoneNumber(id) send, for any PIN and region (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[0-9]{6}$/),
        fc.option(fc.constantFrom(...DATA_LOCALIZATION_REGIONS), { nil: undefined }),
        async (pin, region) => {
          const params = region === undefined ? { pin } : { pin, data_localization_region: region };
          const fake = capture('post', `${NODE}/register`);
          await new Registration(core(), PHONE).register(params);
          await new PhoneNumber(core(), PHONE).register(params);
          await makeClient().phoneNumber(PHONE).register(params);
          const [fromRegistration, fromCore, fromClient] = fake.seen().map(wire);
          expect(fake.seen()).toHaveLength(3);
          expect(fromRegistration).toEqual({ ...fromCore, body: { messaging_product: 'whatsapp', ...params } });
          expect(fromCore).toEqual(fromClient);
        },
      ),
      { numRuns: 25 },
    );
  });

  it.each([
    ['five digits', { pin: '12345' }],
    ['a number', { pin: 12345 }],
    ['full-width digits', { pin: '１２３４５６' }],
    ['a region outside the 14', { pin: '123456', data_localization_region: 'FR' }],
    ['an extra field', { pin: '123456', messaging_product: 'whatsapp' }],
    ['no PIN', {}],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => registration().register(params as never));
  });

  it('is sent once: a lost answer is an OutcomeUnknownError pointing at the status, never a retry', async () => {
    const fake = capture('post', `${NODE}/register`, () => HttpResponse.error());
    const error = await rejectionOf(registration({ maxRetries: 3 }).register({ pin: '123456' }));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/fields: \['status', 'platform_type'\]/);
    expect(fake.seen()).toHaveLength(1);
  });

  it('maps 133005 to PinMismatchError and never shows the PIN, even when Graph echoes it', async () => {
    capture('post', `${NODE}/register`, () => graphError({ code: 133005, message: '(#133005) PIN 482913 mismatch', details: 'pin=482913' }));
    const logger = captureLogger();
    const error = await rejectionOf(registration({ logger, logLevel: 'debug' }).register({ pin: '482913' }));
    expect(isPinMismatchError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain('482913');
    expect(String((error as Error).stack)).not.toContain('482913');
    expect(logger.lines.join('\n')).not.toContain('482913');
  });

  it('after a 133016 the guard locks register for the number: the next call is refused with nothing sent', async () => {
    const fake = capture('post', `${NODE}/register`, () => graphError({ code: 133016, message: '(#133016) Account register deregister rate limit exceeded' }));
    const client = core({ registrationGuard: {} });
    expect(isRegistrationRateLimitError(await rejectionOf(new Registration(client, PHONE).register({ pin: '123456' })))).toBe(true);
    const refused = await rejectionOf(new Registration(client, PHONE).register({ pin: '123456' }));
    expect(refused).toMatchObject({ name: 'RegistrationQuotaError', reason: 'locked-by-meta' });
    expect(fake.seen()).toHaveLength(1);
  });
});

describe('one registration guard for Registration and PhoneNumber', () => {
  it('counts their registers under the same number: the third of a limit of 2 is refused, whichever class sends it', async () => {
    const fake = capture('post', `${NODE}/register`);
    const client = core({ registrationGuard: { limit: 2 } });
    await new Registration(client, PHONE).register({ pin: '123456' });
    await new PhoneNumber(client, PHONE).register({ pin: '123456' });
    const refused = await rejectionOf(new Registration(client, PHONE).register({ pin: '123456' }));
    expect(isRegistrationQuotaError(refused)).toBe(true);
    expect(refused).toMatchObject({ reason: 'window-full', action: 'register' });
    expect(fake.seen()).toHaveLength(2);
  });

  it('counts deregister apart from register', async () => {
    const registers = capture('post', `${NODE}/register`);
    const deregisters = capture('post', `${NODE}/deregister`);
    const client = core({ registrationGuard: { limit: 1 } });
    await new PhoneNumber(client, PHONE).register({ pin: '123456' });
    await expect(new Registration(client, PHONE).deregister()).resolves.toEqual({ success: true });
    expect(isRegistrationQuotaError(await rejectionOf(new Registration(client, PHONE).register({ pin: '123456' })))).toBe(true);
    expect(isRegistrationQuotaError(await rejectionOf(new PhoneNumber(client, PHONE).deregister()))).toBe(true);
    expect([registers.seen().length, deregisters.seen().length]).toEqual([1, 1]);
  });
});

describe('Registration.deregister', () => {
  it('POSTs to /deregister with nothing but an empty JSON body, like PhoneNumber', async () => {
    const fake = capture('post', `${NODE}/deregister`);
    await expect(registration().deregister()).resolves.toEqual({ success: true });
    await new PhoneNumber(core(), PHONE).deregister();
    const [fromRegistration, fromCore] = fake.seen().map(wire);
    expect(fromRegistration).toMatchObject({ method: 'POST', path: `/v23.0/${PHONE}/deregister`, query: {} });
    expect(fromRegistration?.body).toEqual({});
    expect(fromRegistration).toEqual(fromCore);
  });

  it('is sent once: a lost answer is an OutcomeUnknownError with the status hint', async () => {
    const fake = capture('post', `${NODE}/deregister`, () => HttpResponse.error());
    const error = await rejectionOf(registration({ maxRetries: 3 }).deregister());
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/status/);
    expect(fake.seen()).toHaveLength(1);
  });
});

describe('Registration.verifyAndRegister', () => {
  it('sends verify_code with the code, then register with the PIN, each secret only in its own body', async () => {
    const verify = capture('post', `${NODE}/verify_code`);
    const register = capture('post', `${NODE}/register`);
    await expect(registration().verifyAndRegister({ code: '004821', pin: '012345', data_localization_region: 'DE' })).resolves.toEqual({ success: true });
    expect(verify.one().body).toEqual({ code: '004821' });
    expect(register.one().body).toEqual({ messaging_product: 'whatsapp', pin: '012345', data_localization_region: 'DE' });
  });

  it.each([
    ['a malformed PIN', { code: '004821', pin: '0123' }],
    ['a malformed code', { code: '4821', pin: '012345' }],
    ['a region outside the 14', { code: '004821', pin: '012345', data_localization_region: 'US' }],
    ['no PIN', { code: '004821' }],
  ])('checks both halves before sending anything: %s', async (_, params) => {
    await expectRejectedLocally(() => registration().verifyAndRegister(params as never));
  });

  it('does not register when the code is wrong, and shows neither secret', async () => {
    capture('post', `${NODE}/verify_code`, () => graphError({ code: 136025, message: '(#136025) Code 731904 is wrong' }));
    const register = capture('post', `${NODE}/register`);
    const error = await rejectionOf(registration().verifyAndRegister({ code: '731904', pin: '482913' }));
    expect(error).toMatchObject({ code: 136025 });
    expect(JSON.stringify(error)).not.toMatch(/731904|482913/);
    expect(register.seen()).toHaveLength(0);
  });
});

describe('Registration on the Graph simulator (sim.fetch)', () => {
  it('verifies and registers a new number, deregisters it, and refuses a wrong PIN with PinMismatchError', async () => {
    const sim = createSimulator({ clock: manualClock(), seed: 12 });
    sim.seed.token(TEST_TOKEN);
    const number = sim.seed.phoneNumber({ wabaId: sim.seed.waba().id });
    const client = new WabaCore({ accessToken: TEST_TOKEN, fetch: sim.fetch, usageGuard: false, logLevel: 'off' });
    const phone = new Registration(client, number.id);
    await expect(phone.register({ pin: '123456' })).rejects.toMatchObject({ name: 'VerificationRequiredError' });

    await new Verification(client, number.id).requestCode({ code_method: 'SMS', language: 'en_US' });
    await phone.verifyAndRegister({ code: sim.inbox.latestCode(number.id)!, pin: '123456' });
    expect(sim.state.phoneNumber(number.id)).toMatchObject({ status: 'CONNECTED', platformType: 'CLOUD_API' });

    await phone.deregister();
    expect(sim.state.phoneNumber(number.id)?.status).toBe('DISCONNECTED');
    expect(isPinMismatchError(await rejectionOf(phone.register({ pin: '654321' })))).toBe(true);
  });
});

describe('ValidationError names the operation, not the class', () => {
  it('reports verifyAndRegister params under PhoneNumber.verifyAndRegister, as before the move', async () => {
    const error = await rejectionOf(registration().verifyAndRegister({ code: 'x', pin: '012345' } as never));
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ subject: 'PhoneNumber.verifyAndRegister params' });
  });
});
