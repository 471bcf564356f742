import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, HOUR, metaCode, REGISTERED, setupCams, UNREGISTERED } from './helpers.js';

const number = { CustSpaceId: CHANNEL, PhoneNumber: UNREGISTERED };

describe('CAMS simulator: verification and registration (contract §4.2, §3.6)', () => {
  it('GetChatappVerifyCode → inbox → ChatappVerifyAndRegister → CONNECTED and VERIFIED', async () => {
    const s = setupCams();
    expectOk(await camsCall(s, 'GetChatappVerifyCode', { ...number, Locale: 'en_US', Method: 'sms' }), true);
    const [message] = s.sim.inbox.messages(UNREGISTERED);
    expect(message).toMatchObject({ custSpaceId: CHANNEL, purpose: 'verification', method: 'sms', locale: 'en_US', code: expect.stringMatching(/^\d{6}$/) });
    expectOk(await camsCall(s, 'ChatappVerifyAndRegister', number, { body: { VerifyCode: s.sim.inbox.latestCode(UNREGISTERED)! } }), true);
    const phone = s.sim.state.phoneNumber(CHANNEL, UNREGISTERED)!;
    expect(phone.Status).toBe('CONNECTED');
    expect(s.sim.state.codeVerificationStatus(phone)).toBe('VERIFIED');
  });

  it('only the latest code is valid; a wrong code is ERR-FB-001 (#136025)', async () => {
    const s = setupCams();
    await camsCall(s, 'GetChatappVerifyCode', { ...number, Locale: 'en_US', Method: 'voice' });
    const first = s.sim.inbox.latestCode(UNREGISTERED)!;
    await camsCall(s, 'GetChatappVerifyCode', { ...number, Locale: 'zh_CN', Method: 'SMS' });
    const second = s.sim.inbox.latestCode(UNREGISTERED)!;
    expect(s.sim.inbox.messages(UNREGISTERED).map((m) => m.method)).toEqual(['voice', 'sms']);
    expect(first).not.toBe(second); // seed 1
    const stale = expectBusiness(await camsCall(s, 'ChatappVerifyAndRegister', { ...number, VerifyCode: first }), 'ERR-FB-001', true);
    expect(metaCode({ status: 200, body: stale, headers: new Headers() })).toBe(136025);
    const wrong = await camsCall(s, 'ChatappVerifyAndRegister', { ...number, VerifyCode: second === '000000' ? '111111' : '000000' });
    expect(metaCode(wrong)).toBe(136025);
    expectOk(await camsCall(s, 'ChatappVerifyAndRegister', { ...number, VerifyCode: second }), true);
  });

  it('GetChatappVerifyCode validates Method and Locale', async () => {
    const s = setupCams();
    expectGateway(await camsCall(s, 'GetChatappVerifyCode', { ...number, Locale: 'en_US', Method: 'email' }), 'InvalidMethod');
    expectGateway(await camsCall(s, 'GetChatappVerifyCode', { ...number, Method: 'sms' }), 'MissingLocale');
    expectBusiness(await camsCall(s, 'GetChatappVerifyCode', { CustSpaceId: CHANNEL, PhoneNumber: '8613911112222', Locale: 'en_US', Method: 'sms' }), 'ERR-OPERATION-MAAP-0065', true);
  });

  it('ChatappPhoneNumberRegister needs VERIFIED (133006), which lasts 14 days; a CONNECTED number re-registers', async () => {
    const s = setupCams();
    expect(metaCode(expectBusinessWith(await camsCall(s, 'ChatappPhoneNumberRegister', number), true))).toBe(133006);
    expectOk(await camsCall(s, 'ChatappPhoneNumberRegister', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED }), true);
    s.clock.advance(15 * 24 * HOUR);
    const status = expectOk(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED }), false);
    expect(status.Data.CodeVerificationStatus).toBe('EXPIRED');
    expectOk(await camsCall(s, 'ChatappPhoneNumberRegister', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED }), true);
  });

  it('ChatappPhoneNumberDeregister disconnects (no Success field); deregistering again is (#133010)', async () => {
    const s = setupCams();
    const registered = { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED };
    expectOk(await camsCall(s, 'ChatappPhoneNumberDeregister', registered), false);
    expect(s.sim.state.phoneNumber(CHANNEL, REGISTERED)?.Status).toBe('DISCONNECTED');
    const again = expectBusiness(await camsCall(s, 'ChatappPhoneNumberDeregister', registered), 'ERR-FB-001', false);
    expect(again.Message).toMatch(/^\(#133010\)/);
    // Still VERIFIED: register again without a code.
    expectOk(await camsCall(s, 'ChatappPhoneNumberRegister', registered), true);
  });

  it('Meta\'s 10 registrations per 72 h: the 11th attempt is ERR-FB-001 with (#133016), then 72 h later it works', async () => {
    const s = setupCams();
    const registered = { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED };
    for (let i = 0; i < 10; i += 1) expectOk(await camsCall(s, 'ChatappPhoneNumberRegister', registered), true);
    const limited = expectBusiness(await camsCall(s, 'ChatappPhoneNumberRegister', registered), 'ERR-FB-001', true);
    expect(limited.Message).toMatch(/^\(#133016\) Registration or Deregistration failed because there were too many attempts/);
    expect(limited.Message).toContain('Try again in 72 hours');
    // Deregistrations have their own budget.
    expectOk(await camsCall(s, 'ChatappPhoneNumberDeregister', registered), false);
    s.clock.advance(72 * HOUR);
    expectOk(await camsCall(s, 'ChatappPhoneNumberRegister', registered), true);
  });

  it('10 deregistrations per 72 h, every attempt counting', async () => {
    const s = setupCams();
    const registered = { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED };
    for (let i = 0; i < 10; i += 1) await camsCall(s, 'ChatappPhoneNumberDeregister', registered);
    expect(metaCode(await camsCall(s, 'ChatappPhoneNumberDeregister', registered))).toBe(133016);
  });
});

function expectBusinessWith<T extends { status: number; body: { Code: string; Success?: boolean } }>(answer: T, success: boolean): T {
  expect(answer.status).toBe(200);
  expect(answer.body.Code).toBe('ERR-FB-001');
  if (success) expect(answer.body.Success).toBe(false);
  return answer;
}
