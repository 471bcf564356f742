import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, metaCode, setupCams } from './helpers.js';

const MIGRATING = '8613900001111';

describe('CAMS simulator: migration from another BSP (contract §4.3)', () => {
  it('initiate → verify code → verified → register moves the number into the channel, CONNECTED', async () => {
    const s = setupCams();
    s.sim.seed.externalNumber({ cc: '86', national: '13900001111', released: true, verifiedName: 'Moving Shop' });
    const started = expectOk(await camsCall(s, 'CreateChatappMigrationInitiate', { CustSpaceId: CHANNEL, CountryCode: '86', MobileNumber: '13900001111' }), false);
    expect(started.Data).toEqual({ Id: expect.stringMatching(/^[1-9]\d{14}$/), PhoneNumber: MIGRATING, Status: 'MIGRATING' });
    const id = started.Data.Id;
    const sent = expectOk(await camsCall(s, 'GetMigrationVerifyCode', { CustSpaceId: CHANNEL, PhoneNumber: MIGRATING, Locale: 'en_US', Method: 'sms' }), false);
    expect(sent.Data).toEqual({ Id: id, PhoneNumber: MIGRATING });
    expect(s.sim.inbox.messages(MIGRATING)[0]?.purpose).toBe('migration');
    const code = s.sim.inbox.latestCode(MIGRATING)!;
    expect(expectOk(await camsCall(s, 'ChatappMigrationVerified', { CustSpaceId: CHANNEL, PhoneNumber: MIGRATING }, { body: { VerifyCode: code } }), false).Data).toEqual({ Id: id, PhoneNumber: MIGRATING });
    expectOk(await camsCall(s, 'ChatappMigrationRegister', { CustSpaceId: CHANNEL, PhoneNumber: MIGRATING }), false);
    expect(s.sim.state.phoneNumber(CHANNEL, MIGRATING)).toMatchObject({ Status: 'CONNECTED', VerifiedName: 'Moving Shop', id });
    expect(s.sim.state.externalNumber(MIGRATING)?.migratedTo).toBe(CHANNEL);
  });

  it('refuses a number on no other WABA, or not released, with (#2388103); release() lets it go', async () => {
    const s = setupCams();
    const start = { CustSpaceId: CHANNEL, CountryCode: '86', MobileNumber: '13900001111' };
    expect(metaCode(await camsCall(s, 'CreateChatappMigrationInitiate', start))).toBe(2388103);
    s.sim.seed.externalNumber({ cc: '86', national: '13900001111' });
    const locked = expectBusiness(await camsCall(s, 'CreateChatappMigrationInitiate', start), 'ERR-FB-001', false);
    expect(locked.Message).toContain('has not released');
    s.sim.release(MIGRATING);
    expectOk(await camsCall(s, 'CreateChatappMigrationInitiate', start), false);
    expect(metaCode(await camsCall(s, 'CreateChatappMigrationInitiate', { ...start, MobileNumber: '13800001234' }))).toBe(2388012);
  });

  it('refuses steps out of order and a wrong code', async () => {
    const s = setupCams();
    s.sim.seed.externalNumber({ cc: '86', national: '13900001111', released: true });
    const phone = { CustSpaceId: CHANNEL, PhoneNumber: MIGRATING };
    expectBusiness(await camsCall(s, 'GetMigrationVerifyCode', { ...phone, Locale: 'en_US', Method: 'sms' }), 'ERR-OPERATION-MAAP-0065', false);
    await camsCall(s, 'CreateChatappMigrationInitiate', { CustSpaceId: CHANNEL, CountryCode: '86', MobileNumber: '13900001111' });
    expect(metaCode(await camsCall(s, 'ChatappMigrationRegister', phone))).toBe(133006);
    await camsCall(s, 'GetMigrationVerifyCode', { ...phone, Locale: 'en_US', Method: 'sms' });
    const code = s.sim.inbox.latestCode(MIGRATING)!;
    expect(metaCode(await camsCall(s, 'ChatappMigrationVerified', { ...phone, VerifyCode: code === '123456' ? '654321' : '123456' }))).toBe(136025);
    expect(metaCode(await camsCall(s, 'GetMigrationVerifyCode', { CustSpaceId: CHANNEL, PhoneNumber: '8613800001234', Locale: 'en_US', Method: 'sms' }))).toBe(100);
    expectGateway(await camsCall(s, 'CreateChatappMigrationInitiate', { CustSpaceId: CHANNEL, CountryCode: '86' }), 'MissingMobileNumber');
    expectBusiness(await camsCall(s, 'CreateChatappMigrationInitiate', { CustSpaceId: CHANNEL, CountryCode: '+86', MobileNumber: '1' }), 'InvalidParameter.PhoneNumberError', false);
  });
});
