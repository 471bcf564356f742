import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, expectBusiness, expectGateway, expectOk, metaCode, setupCams } from './helpers.js';

describe('CAMS simulator: Embedded Signup and WABA binding (contract §4.1)', () => {
  it('IsvGetAppId answers AppId and ConfigId; Type is required, whatsapp in any case', async () => {
    const s = setupCams({ embeddedSignup: { appId: '1234567890', configId: '987654321' } });
    const body = expectOk(await camsCall(s, 'IsvGetAppId', { Type: 'whatsapp' }), false);
    expect(body).toMatchObject({ AppId: '1234567890', ConfigId: '987654321' });
    expectOk(await camsCall(s, 'IsvGetAppId', { Type: 'WHATSAPP', Permissions: 'catalog_management' }), false);
    expectGateway(await camsCall(s, 'IsvGetAppId', {}), 'MissingType');
    expectGateway(await camsCall(s, 'IsvGetAppId', { Type: 'telegram' }), 'InvalidType');
    expectGateway(await camsCall(s, 'IsvGetAppId', { Type: 'whatsapp', Permissions: 'root' }), 'InvalidPermissions');
  });

  it('GetPermissionByCode takes a signup code once, within 30 s', async () => {
    const s = setupCams();
    const code = s.sim.embeddedSignup.issueCode();
    expectOk(await camsCall(s, 'GetPermissionByCode', { Permissions: '["catalog_management"]' }, { body: { Code: code } }), false);
    const reused = expectBusiness(await camsCall(s, 'GetPermissionByCode', { Code: code }), 'ERR-FB-001', false);
    expect(reused.Message).toContain('has been used');
    const late = s.sim.embeddedSignup.issueCode();
    s.clock.advance(30_000);
    expect(expectBusiness(await camsCall(s, 'GetPermissionByCode', { Code: late }), 'ERR-FB-001', false).Message).toContain('expired');
    expect(metaCode(await camsCall(s, 'GetPermissionByCode', { Code: 'AQnot-issued' }))).toBe(100);
    expectGateway(await camsCall(s, 'GetPermissionByCode', {}), 'MissingCode');
    expectGateway(await camsCall(s, 'GetPermissionByCode', { Code: 'x', Permissions: '["root"]' }), 'InvalidPermissions');
    expectGateway(await camsCall(s, 'GetPermissionByCode', { Code: 'x', Permissions: 'catalog_management' }), 'InvalidPermissions');
  });

  it('ChatappBindWaba creates a space for a shared WABA, and returns the same one again', async () => {
    const s = setupCams();
    const waba = s.sim.seed.waba({ Name: 'Fresh WABA' });
    const first = expectOk(await camsCall(s, 'ChatappBindWaba', { WabaId: waba.Id }), true);
    expect(first.Data.WabaId).toBe(waba.Id);
    expect(first.Data.CustSpaceId).toMatch(/^cams-[a-z0-9]{12}$/);
    const again = expectOk(await camsCall(s, 'ChatappBindWaba', { WabaId: waba.Id }), true);
    expect(again.Data.CustSpaceId).toBe(first.Data.CustSpaceId);
    const bound = expectOk(await camsCall(s, 'QueryChatappBindWaba', { CustSpaceId: first.Data.CustSpaceId }), true);
    expect(bound.Data).toMatchObject({ Id: waba.Id, Name: 'Fresh WABA', AccountReviewStatus: 'APPROVED' });
  });

  it('ChatappBindWaba: an unknown WABA is ERR-FB-001 with Graph\'s text; a WABA of another account is Unknown.ResourceOwnerId', async () => {
    const s = setupCams();
    const unknown = expectBusiness(await camsCall(s, 'ChatappBindWaba', { WabaId: '999000111222333' }), 'ERR-FB-001', true);
    expect(unknown.Message).toContain('does not exist, cannot be loaded due to missing permissions');
    const other = s.sim.seed.accessKey({ accountId: 'sim-account-2' });
    expectGateway(await camsCall(s, 'ChatappBindWaba', { WabaId: s.demo.waba.Id }, { credentials: other }), 'Unknown.ResourceOwnerId');
    expectGateway(await camsCall(s, 'ChatappBindWaba', {}), 'MissingWabaId');
  });

  it('QueryChatappBindWaba reads the WABA of the caller\'s own channel when CustSpaceId is omitted', async () => {
    const s = setupCams();
    const body = expectOk(await camsCall(s, 'QueryChatappBindWaba', { IsvCode: 'isv-check' }), true);
    expect(body.Data).toMatchObject({
      Id: s.demo.waba.Id,
      Name: 'Lucky Shrub',
      Currency: 'USD',
      BusinessId: s.demo.waba.BusinessId,
      IsOnBizApp: 'N',
      MarketingMessageLiteStatus: 'N',
      AuthInternationalRateEligibility: {},
    });
  });

  it('QueryChatappBindWaba on a channel with no WABA is ERR-OPERATION-MAAP-0060', async () => {
    const s = setupCams();
    const empty = s.sim.seed.channel({ waba: false });
    expectBusiness(await camsCall(s, 'QueryChatappBindWaba', { CustSpaceId: empty.custSpaceId }), 'ERR-OPERATION-MAAP-0060', true);
  });

  it('QueryWabaBusinessInfo answers the portfolio; another WabaId is Unknown.ResourceOwnerId', async () => {
    const s = setupCams();
    const body = expectOk(await camsCall(s, 'QueryWabaBusinessInfo', { CustSpaceId: CHANNEL, WabaId: s.demo.waba.Id }), true);
    expect(body.Data).toEqual({ BusinessId: s.demo.waba.BusinessId, BusinessName: 'Lucky Shrub Ltd', VerificationStatus: 'verified', Vertical: 'OTHER' });
    expectGateway(await camsCall(s, 'QueryWabaBusinessInfo', { CustSpaceId: CHANNEL, WabaId: '1' }), 'Unknown.ResourceOwnerId');
    expectGateway(await camsCall(s, 'QueryWabaBusinessInfo', { WabaId: s.demo.waba.Id }), 'MissingCustSpaceId');
  });
});
