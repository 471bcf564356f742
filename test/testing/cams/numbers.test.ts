import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, metaCode, REGISTERED, setupCams, UNREGISTERED } from './helpers.js';

describe('CAMS simulator: numbers of a channel (contract §4.2)', () => {
  it('AddChatappPhoneNumber adds a PENDING number (no id in the answer); the id comes from GetPhoneNumberVerificationStatus', async () => {
    const s = setupCams();
    const added = expectOk(await camsCall(s, 'AddChatappPhoneNumber', { CustSpaceId: CHANNEL, Cc: '65', PhoneNumber: '91234567', VerifiedName: 'Lucky SG' }), true);
    expect(Object.keys(added).sort()).toEqual(['Code', 'Message', 'RequestId', 'Success']);
    const status = expectOk(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL, PhoneNumber: '6591234567' }), false);
    expect(status.Data).toEqual({ CodeVerificationStatus: 'NOT_VERIFIED', Id: expect.stringMatching(/^[1-9]\d{14}$/), PhoneNumber: '6591234567' });
    expect(s.sim.state.phoneNumber(CHANNEL, '6591234567')?.id).toBe(status.Data.Id);
  });

  it('AddChatappPhoneNumber refuses bad digits, a duplicate, a number on another WABA, a channel without WABA', async () => {
    const s = setupCams();
    const base = { CustSpaceId: CHANNEL, Cc: '86', VerifiedName: 'Lucky' };
    expectBusiness(await camsCall(s, 'AddChatappPhoneNumber', { ...base, PhoneNumber: '+8613800001111' }), 'InvalidParameter.PhoneNumberError', true);
    expectBusiness(await camsCall(s, 'AddChatappPhoneNumber', { ...base, Cc: '0', PhoneNumber: '13800001111' }), 'InvalidParameter.PhoneNumberError', true);
    expect(metaCode(expectBusinessAnswer(await camsCall(s, 'AddChatappPhoneNumber', { ...base, PhoneNumber: '13800001234' })))).toBe(2388012);
    const other = s.sim.seed.channel();
    s.sim.seed.phoneNumber({ custSpaceId: other.custSpaceId, cc: '86', national: '13800009999' });
    expect(metaCode(await camsCall(s, 'AddChatappPhoneNumber', { ...base, PhoneNumber: '13800009999' }))).toBe(100);
    const empty = s.sim.seed.channel({ waba: false });
    expectBusiness(await camsCall(s, 'AddChatappPhoneNumber', { ...base, CustSpaceId: empty.custSpaceId, PhoneNumber: '13800001111' }), 'ERR-OPERATION-MAAP-0060', true);
    expectGateway(await camsCall(s, 'AddChatappPhoneNumber', { CustSpaceId: CHANNEL, Cc: '86', PhoneNumber: '13800001111' }), 'MissingVerifiedName');
  });

  it('QueryChatappPhoneNumbers lists every number with Meta status words, no ids, and filters by Status', async () => {
    const s = setupCams();
    const body = expectOk(await camsCall(s, 'QueryChatappPhoneNumbers', { CustSpaceId: CHANNEL }), true);
    expect(body.PhoneNumbers).toHaveLength(2);
    const [registered, unregistered] = body.PhoneNumbers;
    expect(registered).toMatchObject({ PhoneNumber: REGISTERED, Status: 'CONNECTED', CodeVerificationStatus: 'VERIFIED', VerifiedName: 'Lucky Shrub', NameStatus: 'Approval', QualityRating: 'GREEN', IsOfficial: 'N' });
    expect(unregistered).toMatchObject({ PhoneNumber: UNREGISTERED, Status: 'PENDING', CodeVerificationStatus: 'NOT_VERIFIED' });
    expect(registered).not.toHaveProperty('Id');
    // Contract §7 #6: the query model nests the call flags under Calling.CallHours.
    expect(registered.CallingConfigure.Calling.CallHours).toHaveProperty('CallIconVisibility');
    const connected = expectOk(await camsCall(s, 'QueryChatappPhoneNumbers', { Status: 'CONNECTED' }), true);
    expect(connected.PhoneNumbers.map((p: { PhoneNumber: string }) => p.PhoneNumber)).toEqual([REGISTERED]);
  });

  it('ChatappSyncPhoneNumber lists the same numbers (flags under Calling) and needs CustSpaceId', async () => {
    const s = setupCams();
    const body = expectOk(await camsCall(s, 'ChatappSyncPhoneNumber', { CustSpaceId: CHANNEL }), true);
    expect(body.PhoneNumbers.map((p: { PhoneNumber: string }) => p.PhoneNumber)).toEqual([REGISTERED, UNREGISTERED]);
    expect(body.PhoneNumbers[0].CallingConfigure.Calling).toHaveProperty('CallIconVisibility');
    expectGateway(await camsCall(s, 'ChatappSyncPhoneNumber', {}), 'MissingCustSpaceId');
  });

  it('GetPhoneNumberVerificationStatus: bad digits, unknown number', async () => {
    const s = setupCams();
    expectGateway(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL }), 'MissingPhoneNumber');
    expectBusiness(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL, PhoneNumber: '86 138' }), 'InvalidParameter.PhoneNumberError', false);
    expectBusiness(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL, PhoneNumber: '8613900000000' }), 'ERR-OPERATION-MAAP-0065', false);
  });

  it('GetChatappPhoneNumberMetric answers one row per number and period from recorded traffic', async () => {
    const s = setupCams();
    const day = 86_400_000;
    const start = Date.UTC(2026, 10, 1);
    s.sim.recordTraffic(CHANNEL, REGISTERED, { sent: 5, delivered: 4, at: start + 1000 });
    s.sim.recordTraffic(CHANNEL, REGISTERED, { sent: 2, delivered: 2, at: start + day + 1000 });
    const body = expectOk(
      await camsCall(s, 'GetChatappPhoneNumberMetric', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED, Start: String(start), End: String(start + 2 * day), Granularity: 'DAILY' }),
      false,
    );
    expect(body.Data).toEqual([
      { PhoneNumber: REGISTERED, Start: start, End: start + day, Granularity: 'DAILY', SentCount: 5, DeliveredCount: 4 },
      { PhoneNumber: REGISTERED, Start: start + day, End: start + 2 * day, Granularity: 'DAILY', SentCount: 2, DeliveredCount: 2 },
    ]);
    const all = expectOk(await camsCall(s, 'GetChatappPhoneNumberMetric', { Start: String(start), End: String(start + 3_600_000), Granularity: 'HALF_HOUR' }), false);
    expect(all.Data).toHaveLength(4);
    expectGateway(await camsCall(s, 'GetChatappPhoneNumberMetric', { Start: String(start) }), 'MissingEnd');
    expectGateway(await camsCall(s, 'GetChatappPhoneNumberMetric', { Start: 'yesterday', End: '1' }), 'InvalidStart');
    expectGateway(await camsCall(s, 'GetChatappPhoneNumberMetric', { Start: '2', End: '1' }), 'InvalidEnd');
    expectGateway(await camsCall(s, 'GetChatappPhoneNumberMetric', { Start: '1', End: '2', Granularity: 'WEEKLY' }), 'InvalidGranularity');
  });
});

function expectBusinessAnswer<T extends { status: number; body: { Code: string } }>(answer: T): T {
  expect(answer.status).toBe(200);
  expect(answer.body.Code).toBe('ERR-FB-001');
  return answer;
}
