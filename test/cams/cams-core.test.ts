/**
 * The CAMS core client (src/cams/cams-core.ts) and the resources a handler constructs on it: signed requests through
 * the same pipeline as `CamsClient`, `withOptions()` keeping the class and the shared registration guard, the
 * absent Graph methods failing loudly, and the full `CamsPhoneNumber` creating each sub-resource once.
 */
import { describe, expect, it } from 'vitest';
import { CamsCore } from '../../src/cams/cams-core.js';
import { CamsClient } from '../../src/cams/client.js';
import { CamsPhoneNumber } from '../../src/cams/resources/phone-number.js';
import { CamsPhoneNumberCore } from '../../src/cams/resources/phone-number-core.js';
import { CamsRegistration } from '../../src/cams/resources/registration.js';
import { CamsVerification } from '../../src/cams/resources/verification.js';
import { isRegistrationQuotaError, isValidationError } from '../../src/errors/guards.js';
import { isUnsupportedOperationError } from '../../src/errors/unsupported-operation-error.js';
import { silentLogger } from '../helpers/client.js';
import { AK_ID, AK_SECRET, camsOk, DIGITS, SPACE, useCams } from './helpers/cams.js';

const core = (overrides: Record<string, unknown> = {}) =>
  new CamsCore({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, custSpaceId: SPACE, maxRetries: 0, qpsLimit: false, logger: silentLogger, ...overrides });

describe('CamsCore', () => {
  it('runs the request-code / verify-and-register handler with signed requests, the code only in the form body', async () => {
    const sent = useCams(() => camsOk());
    const client = core();
    await new CamsVerification(client, `+${DIGITS}`).requestCode({ code_method: 'SMS', language: 'en_US' });
    await expect(new CamsRegistration(client, `+${DIGITS}`).verifyAndRegister({ code: '004821' })).resolves.toEqual({ success: true });
    expect(sent.map((s) => s.action)).toEqual(['GetChatappVerifyCode', 'ChatappVerifyAndRegister']);
    expect(sent[1]!.params['VerifyCode']).toBe('004821');
    expect(sent[1]!.url).not.toContain('004821');
  });

  it('validates before signing anything: a short number or a PIN on CAMS is a ValidationError', async () => {
    const sent = useCams(() => camsOk());
    expect(() => new CamsPhoneNumberCore(core(), '12345')).toThrow(expect.objectContaining({ name: 'ValidationError' }));
    const error = await new CamsRegistration(core(), DIGITS).verifyAndRegister({ code: '004821', pin: '012345' } as never).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect(sent).toHaveLength(0);
  });

  it('keeps the Graph methods CAMS lacks out of the type, and rejects them from plain JavaScript', async () => {
    const phone = new CamsPhoneNumberCore(core(), DIGITS) as unknown as { setPin(): Promise<unknown>; requestDisplayNameChange(): Promise<unknown> };
    expect(isUnsupportedOperationError(await phone.setPin().catch((e: unknown) => e))).toBe(true);
    expect(isUnsupportedOperationError(await phone.requestDisplayNameChange().catch((e: unknown) => e))).toBe(true);
  });

  it('keeps its class through withOptions() and shares the registration guard with the derived client', async () => {
    const sent = useCams(() => camsOk());
    const first = core({ registrationGuard: { limit: 1 } });
    const derived = first.withOptions({ timeout: 60_000 });
    expect(derived).toBeInstanceOf(CamsCore);
    expect(derived).not.toBeInstanceOf(CamsClient);
    await new CamsRegistration(first, DIGITS).deregister();
    expect(isRegistrationQuotaError(await new CamsRegistration(derived, DIGITS).deregister().catch((e: unknown) => e))).toBe(true);
    expect(sent).toHaveLength(1);
  });
});

describe('CamsPhoneNumber on top of CamsPhoneNumberCore', () => {
  it('is a CamsPhoneNumberCore; each sub-resource is created once; the absent ones still throw when read', () => {
    const client = new CamsClient({ accessKeyId: AK_ID, accessKeySecret: AK_SECRET, custSpaceId: SPACE, logger: silentLogger });
    expect(client).toBeInstanceOf(CamsCore);
    expect(client.withOptions({ timeout: 1_000 })).toBeInstanceOf(CamsClient);
    const phone = client.phoneNumber(DIGITS);
    expect(phone).toBeInstanceOf(CamsPhoneNumber);
    expect(phone).toBeInstanceOf(CamsPhoneNumberCore);
    expect(phone.verification).toBeInstanceOf(CamsVerification);
    expect(phone.verification).toBe(phone.verification);
    expect(phone.webhook).toBe(phone.webhook);
    expect(() => (phone as unknown as { blockedUsers: unknown }).blockedUsers).toThrow(expect.objectContaining({ name: 'UnsupportedOperationError' }));
  });
});
