import { delay, HttpResponse } from 'msw';
import type { CamsClient } from '../../src/cams/client.js';
import type { WabaClient } from '../../src/client.js';
import { CamsRegistration } from '../../src/cams/resources/registration.js';
import { Registration } from '../../src/resources/registration/registration.js';
import { GRAPH } from './graph.js';

/** One way an attempt can fail; `outcomeUnknown` when the request left and no answer came back. */
export interface Fault {
  readonly name: string;
  readonly respond: () => Promise<Response> | Response;
  readonly outcomeUnknown?: boolean;
}

/** Faults every provider's transport can meet: no answer, HTTP errors without the provider's envelope, bad 200s. */
export const TRANSPORT_FAULTS: Fault[] = [
  { name: 'network error', respond: () => HttpResponse.error(), outcomeUnknown: true },
  {
    name: 'hang until the client times out',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({});
    },
    outcomeUnknown: true,
  },
  { name: 'HTTP 500 without body', respond: () => new HttpResponse(null, { status: 500 }) },
  { name: 'HTTP 502 HTML', respond: () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }) },
  { name: 'HTTP 503 with Retry-After', respond: () => new HttpResponse('busy', { status: 503, headers: { 'retry-after': '1' } }) },
  { name: 'HTTP 429', respond: () => new HttpResponse('slow down', { status: 429, headers: { 'retry-after': '2' } }) },
  { name: '200 with malformed JSON', respond: () => new HttpResponse('{"success": tru', { status: 200, headers: { 'content-type': 'application/json' } }) },
  { name: '200 with empty body', respond: () => new HttpResponse('', { status: 200 }) },
];

/**
 * Every operation with side effects (retry class `never`), for the "sent exactly once under every fault" suite
 * (reliability G1). Add each new `never` method here: the suite runs every fault kind against it.
 */
export interface NeverOperation {
  readonly name: string;
  /** The URL msw answers (with faults); `:param` placeholders allowed. */
  readonly url: string;
  readonly method?: 'post' | 'delete' | 'get';
  readonly call: (client: WabaClient) => Promise<unknown>;
}

export const PHONE = '106540352242922';
export const WABA = '102290129340398';

export const NEVER_OPERATIONS: NeverOperation[] = [
  { name: 'register', url: `${GRAPH}/v23.0/${PHONE}/register`, call: (c) => c.phoneNumber(PHONE).register({ pin: '012345' }) },
  { name: 'deregister', url: `${GRAPH}/v23.0/${PHONE}/deregister`, call: (c) => c.phoneNumber(PHONE).deregister() },
  // Phone-number surface (issue #3, part A).
  { name: 'setPin', url: `${GRAPH}/v23.0/${PHONE}`, call: (c) => c.phoneNumber(PHONE).setPin({ pin: '040821' }) },
  {
    name: 'requestDisplayNameChange',
    url: `${GRAPH}/v23.0/${PHONE}`,
    call: (c) => c.phoneNumber(PHONE).requestDisplayNameChange({ new_display_name: 'Lucky Shrub Garden' }),
  },
  {
    name: 'verification.requestCode',
    url: `${GRAPH}/v23.0/${PHONE}/request_code`,
    call: (c) => c.phoneNumber(PHONE).verification.requestCode({ code_method: 'SMS', language: 'en_US' }),
  },
  {
    name: 'verifyAndRegister (verify half fails: register never sent)',
    url: `${GRAPH}/v23.0/${PHONE}/verify_code`,
    call: (c) => c.phoneNumber(PHONE).verifyAndRegister({ code: '004821', pin: '012345' }),
  },
  { name: 'verification.verifyCode', url: `${GRAPH}/v23.0/${PHONE}/verify_code`, call: (c) => c.phoneNumber(PHONE).verification.verifyCode({ code: '004821' }) },
  // The standalone registration class (issue #12): the implementation PhoneNumber delegates to, constructed directly.
  { name: 'Registration.register', url: `${GRAPH}/v23.0/${PHONE}/register`, call: (c) => new Registration(c, PHONE).register({ pin: '012345' }) },
  { name: 'Registration.deregister', url: `${GRAPH}/v23.0/${PHONE}/deregister`, call: (c) => new Registration(c, PHONE).deregister() },
  {
    name: 'Registration.verifyAndRegister (verify half fails: register never sent)',
    url: `${GRAPH}/v23.0/${PHONE}/verify_code`,
    call: (c) => new Registration(c, PHONE).verifyAndRegister({ code: '004821', pin: '012345' }),
  },
  { name: 'qrCodes.create', url: `${GRAPH}/v23.0/${PHONE}/message_qrdls`, call: (c) => c.phoneNumber(PHONE).qrCodes.create({ prefilled_message: 'Hi!' }) },
  {
    name: 'officialBusinessAccount.apply',
    url: `${GRAPH}/v23.0/${PHONE}/official_business_account`,
    call: (c) =>
      c.phoneNumber(PHONE).officialBusinessAccount.apply({
        business_website_url: 'https://www.luckyshrub.com',
        primary_country_of_operation: 'United States of America',
        primary_language: 'English',
      }),
  },
  // WABA, business and Embedded Signup surface (issue #3, part B).
  {
    name: 'waba.phoneNumbers.add',
    url: `${GRAPH}/v23.0/${WABA}/phone_numbers`,
    call: (c) => c.waba(WABA).phoneNumbers.add({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' }),
  },
  {
    name: 'waba.phoneNumbers.add (migration, phone string)',
    url: `${GRAPH}/v23.0/${WABA}/phone_numbers`,
    call: (c) => c.waba(WABA).phoneNumbers.add({ phone: '+65 8123 4567', migrate_phone_number: true }),
  },
  {
    name: 'business.preverifiedNumbers.add',
    url: `${GRAPH}/v23.0/506914307656634/add_phone_numbers`,
    call: (c) => c.business('506914307656634').preverifiedNumbers.add({ phone_number: '+16315551234' }),
  },
  {
    name: 'embeddedSignup.exchangeCode',
    url: `${GRAPH}/v23.0/oauth/access_token`,
    method: 'post',
    call: (c) => c.embeddedSignup.exchangeCode({ appId: '1234567890123456', appSecret: 'f3a1b2c3d4e5f60718293a4b5c6d7e8f', code: 'AQBx-ESc0de_9f8e7d6c5b4a3210' }),
  },
];

/** Every CAMS action with side effects, for the same exactly-once suite (test/cams/never-retry.test.ts). */
export interface CamsNeverOperation {
  readonly name: string;
  /** The side-effecting action under test: only it meets the fault; the flows' state reads are answered normally. */
  readonly action: string;
  readonly call: (client: CamsClient) => Promise<unknown>;
  /** `CodeVerificationStatus` the state reads report. @default 'NOT_VERIFIED' */
  readonly verification?: string;
}

const camsCheckpoint = (kind: 'migration' | 'onboarding', step: string) => ({
  version: 1, provider: 'cams', kind, cc: '65', phone_number: '81234567', step, codeMethod: 'SMS', language: 'en_US', updatedAt: '2026-11-02T10:00:00.000Z',
});

export const CAMS_DIGITS = '6581234567';

export const CAMS_NEVER_OPERATIONS: CamsNeverOperation[] = [
  {
    name: 'waba.phoneNumbers.add',
    action: 'AddChatappPhoneNumber',
    call: (c) => c.waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub' }),
  },
  {
    name: 'verification.requestCode',
    action: 'GetChatappVerifyCode',
    call: (c) => c.phoneNumber(CAMS_DIGITS).verification.requestCode({ code_method: 'SMS', language: 'en_US' }),
  },
  { name: 'verifyAndRegister', action: 'ChatappVerifyAndRegister', call: (c) => c.phoneNumber(CAMS_DIGITS).verifyAndRegister({ code: '004821' }) },
  { name: 'register', action: 'ChatappPhoneNumberRegister', call: (c) => c.phoneNumber(CAMS_DIGITS).register() },
  { name: 'deregister', action: 'ChatappPhoneNumberDeregister', call: (c) => c.phoneNumber(CAMS_DIGITS).deregister() },
  { name: 'CamsRegistration.verifyAndRegister', action: 'ChatappVerifyAndRegister', call: (c) => new CamsRegistration(c, CAMS_DIGITS).verifyAndRegister({ code: '004821' }) },
  { name: 'CamsRegistration.register', action: 'ChatappPhoneNumberRegister', call: (c) => new CamsRegistration(c, CAMS_DIGITS).register() },
  { name: 'CamsRegistration.deregister', action: 'ChatappPhoneNumberDeregister', call: (c) => new CamsRegistration(c, CAMS_DIGITS).deregister() },
  {
    name: 'migration.start',
    action: 'CreateChatappMigrationInitiate',
    call: (c) => c.migration.start({ cc: '65', phone_number: '81234567', codeMethod: 'SMS', language: 'en_US' }),
  },
  { name: 'migration flow requestCode', action: 'GetMigrationVerifyCode', call: (c) => c.migration.resume(camsCheckpoint('migration', 'added')).requestCode() },
  { name: 'migration flow verify', action: 'ChatappMigrationVerified', call: (c) => c.migration.resume(camsCheckpoint('migration', 'code-requested')).verify({ code: '004821' }) },
  {
    name: 'migration flow register',
    action: 'ChatappMigrationRegister',
    verification: 'VERIFIED',
    call: (c) => c.migration.resume(camsCheckpoint('migration', 'verified')).register(),
  },
  {
    name: 'embeddedSignup.exchangeCode',
    action: 'GetPermissionByCode',
    call: (c) => c.embeddedSignup.exchangeCode({ code: 'AQBx-ESc0de_9f8e7d6c5b4a3210' }),
  },
  { name: 'embeddedSignup.bindWaba', action: 'ChatappBindWaba', call: (c) => c.embeddedSignup.bindWaba({ waba_id: '102290129340398' }) },
  {
    name: 'waba.onboardMarketingMessagesLite',
    action: 'UpdateWabaMmlStatus',
    call: (c) => c.waba().onboardMarketingMessagesLite({ code: 'MMLsignupCode123', waba_id: '102290129340398' }),
  },
  {
    name: 'onboarding flow verifyAndRegister',
    action: 'ChatappVerifyAndRegister',
    call: (c) => c.onboarding.resume(camsCheckpoint('onboarding', 'code-requested')).verifyAndRegister({ code: '004821' }),
  },
  // Settings surface (issue #10): creating a QR code is the one side-effecting settings action (a new code each time).
  { name: 'qrCodes.create', action: 'CreatePhoneMessageQrdl', call: (c) => c.phoneNumber(CAMS_DIGITS).qrCodes.create({ prefilled_message: 'Hi!' }) },
];
