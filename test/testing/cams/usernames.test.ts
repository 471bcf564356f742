import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, metaCode, REGISTERED, setupCams, UNREGISTERED } from './helpers.js';

const phone = { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED };
const other = { CustSpaceId: CHANNEL, PhoneNumber: UNREGISTERED };

describe('CAMS simulator: business usernames (contract §4.9)', () => {
  it('Update then Get round-trips the name and its status; Delete removes it (Data true, then false)', async () => {
    const s = setupCams();
    expect(expectOk(await camsCall(s, 'GetWhatsappUserName', phone), true).Data).toEqual({});
    const set = expectOk(await camsCall(s, 'UpdateWhatsappUserName', { ...phone, Username: 'luckyshrub' }), true);
    expect(set.Data).toEqual({ Status: 'approved' });
    expect(expectOk(await camsCall(s, 'GetWhatsappUserName', phone), true).Data).toEqual({ Username: 'luckyshrub', Status: 'approved' });
    expect(s.sim.state.phoneNumber(CHANNEL, REGISTERED)?.username).toEqual({ Username: 'luckyshrub', Status: 'approved' });
    // Setting it again (or from the form body) leaves the same state.
    expectOk(await camsCall(s, 'UpdateWhatsappUserName', phone, { body: { Username: 'luckyshrub' } }), true);
    expect(expectOk(await camsCall(s, 'DeleteWhatsappUserName', phone), true).Data).toBe(true);
    expect(expectOk(await camsCall(s, 'GetWhatsappUserName', phone), true).Data).toEqual({});
    expect(expectOk(await camsCall(s, 'DeleteWhatsappUserName', phone), true).Data).toBe(false);
  });

  it('a name another number of the portfolio holds: (#147005) with TransferAction none (default), moved by force_transfer', async () => {
    const s = setupCams();
    expectOk(await camsCall(s, 'UpdateWhatsappUserName', { ...phone, Username: 'luckyshrub' }), true);
    const clash = expectBusiness(await camsCall(s, 'UpdateWhatsappUserName', { ...other, Username: 'luckyshrub' }), 'ERR-FB-001', true);
    expect(metaCode({ status: 200, body: clash, headers: new Headers() })).toBe(147005);
    expect(metaCode(await camsCall(s, 'UpdateWhatsappUserName', { ...other, Username: 'luckyshrub', TransferAction: 'none' }))).toBe(147005);
    expect(expectOk(await camsCall(s, 'GetWhatsappUserName', other), true).Data).toEqual({});
    expectOk(await camsCall(s, 'UpdateWhatsappUserName', { ...other, Username: 'luckyshrub', TransferAction: 'force_transfer' }), true);
    expect(expectOk(await camsCall(s, 'GetWhatsappUserName', other), true).Data).toEqual({ Username: 'luckyshrub', Status: 'approved' });
    expect(expectOk(await camsCall(s, 'GetWhatsappUserName', phone), true).Data).toEqual({});
  });

  it('a number of another portfolio (another WABA business) is no clash', async () => {
    const s = setupCams();
    const channel = s.sim.seed.channel();
    const number = s.sim.seed.phoneNumber({ custSpaceId: channel.custSpaceId, cc: '65', national: '81234567' });
    expectOk(await camsCall(s, 'UpdateWhatsappUserName', { ...phone, Username: 'luckyshrub' }), true);
    expectOk(await camsCall(s, 'UpdateWhatsappUserName', { CustSpaceId: channel.custSpaceId, PhoneNumber: number.PhoneNumber, Username: 'luckyshrub' }), true);
    expect(s.sim.state.phoneNumber(CHANNEL, REGISTERED)?.username?.Username).toBe('luckyshrub');
  });

  it('suggestions: from the verified name, stable per number, the same for the same seed, without names the portfolio holds', async () => {
    const s = setupCams();
    const first = expectOk(await camsCall(s, 'GetWhatsappUserNameSuggestions', phone), true).Data as string[];
    expect(first).toHaveLength(3);
    expect(first[0]).toBe('luckyshrub');
    for (const name of first) expect(name).toMatch(/^luckyshrub\d*$/);
    expect(new Set(first).size).toBe(3);
    expect(expectOk(await camsCall(s, 'GetWhatsappUserNameSuggestions', phone), true).Data).toEqual(first);
    const again = setupCams();
    expect(expectOk(await camsCall(again, 'GetWhatsappUserNameSuggestions', phone), true).Data).toEqual(first);
    expect((expectOk(await camsCall(s, 'GetWhatsappUserNameSuggestions', other), true).Data as string[])[0]).toBe('luckyshrubsupport');
    // Once another number of the portfolio takes one, it is no longer offered here.
    expectOk(await camsCall(s, 'UpdateWhatsappUserName', { ...other, Username: first[1]! }), true);
    expect(expectOk(await camsCall(s, 'GetWhatsappUserNameSuggestions', phone), true).Data).toEqual([first[0], first[2]]);
  });

  it('documented parameter and ownership errors: Missing*, InvalidTransferAction, PhoneNumberError, MAAP-0065, another account', async () => {
    const s = setupCams();
    expectGateway(await camsCall(s, 'UpdateWhatsappUserName', phone), 'MissingUsername');
    expectGateway(await camsCall(s, 'UpdateWhatsappUserName', { ...phone, Username: '' }), 'MissingUsername');
    expectGateway(await camsCall(s, 'UpdateWhatsappUserName', { ...phone, Username: 'luckyshrub', TransferAction: 'steal' }), 'InvalidTransferAction');
    expectGateway(await camsCall(s, 'GetWhatsappUserName', { PhoneNumber: REGISTERED }), 'MissingCustSpaceId');
    expectGateway(await camsCall(s, 'GetWhatsappUserNameSuggestions', { CustSpaceId: CHANNEL }), 'MissingPhoneNumber');
    expectBusiness(await camsCall(s, 'DeleteWhatsappUserName', { ...phone, PhoneNumber: '+8613800001234' }), 'InvalidParameter.PhoneNumberError', true);
    expectBusiness(await camsCall(s, 'GetWhatsappUserName', { ...phone, PhoneNumber: '6581234567' }), 'ERR-OPERATION-MAAP-0065', true);
    const foreign = s.sim.seed.channel({ accountId: 'sim-account-2' });
    expectGateway(await camsCall(s, 'GetWhatsappUserName', { CustSpaceId: foreign.custSpaceId, PhoneNumber: REGISTERED }), 'Unknown.ResourceOwnerId');
    // Nothing was applied.
    expect(s.sim.state.phoneNumber(CHANNEL, REGISTERED)?.username).toBeUndefined();
  });

  it('is not throttled (no QPS documented for usernames, contract §3.5)', async () => {
    const s = setupCams({ qps: true });
    const answers = await Promise.all(Array.from({ length: 12 }, () => camsCall(s, 'GetWhatsappUserName', phone)));
    for (const answer of answers) expectOk(answer, true);
  });
});
