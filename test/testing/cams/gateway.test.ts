import { describe, expect, it } from 'vitest';
import { CHANNEL, camsCall, ENDPOINT, expectBusiness, expectGateway, expectOk, REGISTERED, setupCams, signedRequest, START } from './helpers.js';

describe('CAMS simulator gateway: signature checks end to end (contract §2, §3.2)', () => {
  it('accepts a request signed by the SDK signer, with query params', async () => {
    const s = setupCams();
    const body = expectOk(await camsCall(s, 'QueryChatappBindWaba', { CustSpaceId: CHANNEL }), true);
    expect(body.Data.Id).toBe(s.demo.waba.Id);
  });

  it('merges query and form-body params (contract §1.2)', async () => {
    const s = setupCams();
    const answer = await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL }, { body: { PhoneNumber: REGISTERED } });
    expect(expectOk(answer, false).Data.PhoneNumber).toBe(REGISTERED);
    expect(s.sim.calls.at(-1)).toMatchObject({ action: 'GetPhoneNumberVerificationStatus', queryParams: ['CustSpaceId'], bodyParams: ['PhoneNumber'] });
  });

  it('rejects a stale x-acs-date on the simulator clock with InvalidTimeStamp.Expired', async () => {
    const s = setupCams();
    const request = await signedRequest(s.sim, 'QueryChatappBindWaba', { CustSpaceId: CHANNEL }, s.key);
    s.clock.advance(15 * 60_000 + 1000);
    const response = await s.sim.handle(request);
    expectGateway({ status: response.status, body: await response.json(), headers: response.headers }, 'InvalidTimeStamp.Expired');
  });

  it('rejects a replayed request with SignatureNonceUsed, and a tampered one with SignatureDoesNotMatch', async () => {
    const s = setupCams();
    const request = await signedRequest(s.sim, 'QueryChatappBindWaba', { CustSpaceId: CHANNEL }, s.key);
    expect((await s.sim.handle(request.clone())).status).toBe(200);
    const replay = await s.sim.handle(request);
    expectGateway({ status: replay.status, body: await replay.json(), headers: replay.headers }, 'SignatureNonceUsed');
    const signed = await signedRequest(s.sim, 'QueryChatappBindWaba', { CustSpaceId: CHANNEL }, s.key);
    const tampered = new Request(signed.url.replace(CHANNEL, 'cams-demo0002'), signed);
    const answer = await s.sim.handle(tampered);
    expectGateway({ status: answer.status, body: await answer.json(), headers: answer.headers }, 'SignatureDoesNotMatch');
  });

  it('rejects an unknown key with InvalidAccessKeyId.NotFound (404) and a disabled one with .Inactive', async () => {
    const s = setupCams();
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: { accessKeyId: 'LTAI5tNobody', accessKeySecret: 'x' } }), 'InvalidAccessKeyId.NotFound', 404);
    const off = s.sim.seed.accessKey({ active: false });
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: off }), 'InvalidAccessKeyId.Inactive');
  });

  it('requires the STS token of an STS key (MissingSecurityToken, InvalidSecurityToken.*)', async () => {
    const s = setupCams();
    const sts = s.sim.seed.accessKey({ securityToken: 'CAISsimToken0001', expiresAt: START + 3_600_000 });
    expect(sts.accessKeyId.startsWith('STS.')).toBe(true);
    const ok = await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: sts });
    expectOk(ok, true);
    const { securityToken: _omit, ...withoutToken } = sts;
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: { ...withoutToken, securityToken: undefined } as never }), 'MissingSecurityToken');
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: { ...sts, securityToken: 'CAISother' } }), 'InvalidSecurityToken.MismatchWithAccessKey');
    s.clock.advance(3_600_000);
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: sts }), 'InvalidSecurityToken.Expired');
  });

  it('rejects an unsigned x-acs-* header with IncompleteSignature', async () => {
    const s = setupCams();
    const signed = await signedRequest(s.sim, 'QueryChatappBindWaba', {}, s.key);
    const headers = new Headers(signed.headers);
    headers.set('x-acs-unsigned', '1');
    const response = await s.sim.handle(new Request(signed.url, { method: 'POST', headers }));
    expectGateway({ status: response.status, body: await response.json(), headers: response.headers }, 'IncompleteSignature');
  });

  it('answers an unknown action, another version or another path with InvalidApi.NotFound (404)', async () => {
    const s = setupCams();
    expectGateway(await camsCall(s, 'NoSuchAction'), 'InvalidApi.NotFound', 404);
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', {}, { version: '2017-05-25' }), 'InvalidApi.NotFound', 404);
    const response = await s.sim.handle(new Request(`${ENDPOINT}/v1/x`, { method: 'POST' }));
    expectGateway({ status: response.status, body: await response.json(), headers: response.headers }, 'InvalidApi.NotFound', 404);
  });

  it('answers Ram.PermissionDeny with AccessDeniedDetail for an action outside the key policy', async () => {
    const s = setupCams();
    const limited = s.sim.seed.accessKey({ allowedActions: ['QueryChatappBindWaba'] });
    expectOk(await camsCall(s, 'QueryChatappBindWaba', {}, { credentials: limited }), true);
    const denied = expectGateway(await camsCall(s, 'ChatappPhoneNumberRegister', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED }, { credentials: limited }), 'Ram.PermissionDeny');
    expect(JSON.parse(denied.AccessDeniedDetail)).toMatchObject({ AuthAction: 'cams:ChatappPhoneNumberRegister' });
  });

  it('answers a channel of another account with Unknown.ResourceOwnerId', async () => {
    const s = setupCams();
    const other = s.sim.seed.accessKey({ accountId: 'sim-account-2' });
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', { CustSpaceId: CHANNEL }, { credentials: other }), 'Unknown.ResourceOwnerId');
    expectGateway(await camsCall(s, 'QueryChatappBindWaba', { CustSpaceId: 'cams-nope' }), 'Unknown.ResourceOwnerId');
  });

  it('answers Missing<Param> and Invalid<Param> as gateway errors (contract §3.2)', async () => {
    const s = setupCams();
    const missing = expectGateway(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL }), 'MissingPhoneNumber');
    expect(missing.Message).toBe('PhoneNumber is mandatory for this action.');
    const invalid = expectGateway(
      await camsCall(s, 'UpdateCommerceSetting', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED, CartEnable: 'yes', CatalogVisible: 'true' }),
      'InvalidCartEnable',
    );
    expect(invalid.Message).toContain('Specified parameter CartEnable is not valid.');
  });

  it('sends business errors with HTTP 200 by default, or the configured status (contract §7 #1)', async () => {
    const s = setupCams();
    expectBusiness(await camsCall(s, 'GetPhoneNumberVerificationStatus', { CustSpaceId: CHANNEL, PhoneNumber: '8613999999999' }), 'ERR-OPERATION-MAAP-0065', false);
    const strict = setupCams({ businessErrorStatus: 400 });
    expectBusiness(await camsCall(strict, 'QueryPhoneBusinessProfile', { CustSpaceId: CHANNEL, PhoneNumber: '12' }), 'InvalidParameter.PhoneNumberError', true, 400);
  });

  it('never echoes a secret: the code sent in the body is not in sim.calls or the answer', async () => {
    const s = setupCams();
    const answer = await camsCall(s, 'ChatappVerifyAndRegister', { CustSpaceId: CHANNEL, PhoneNumber: REGISTERED }, { body: { VerifyCode: '654321' } });
    expect(JSON.stringify(answer.body)).not.toContain('654321');
    expect(JSON.stringify(s.sim.calls)).not.toContain('654321');
  });
});

describe('CAMS simulator gateway: GET and other methods', () => {
  it('accepts a signed GET (RPC style, [META-2407] methods get/post) and refuses PUT with InvalidApi.NotFound', async () => {
    const { createHash, createHmac } = await import('node:crypto');
    const s = setupCams();
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const empty = sha('');
    const headers: Record<string, string> = {
      host: 'cams.ap-southeast-1.aliyuncs.com',
      'x-acs-action': 'QueryChatappBindWaba',
      'x-acs-content-sha256': empty,
      'x-acs-date': new Date(s.sim.now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'x-acs-signature-nonce': 'get-nonce-0001',
      'x-acs-version': '2020-06-06',
    };
    const names = Object.keys(headers).sort();
    const canonical = ['GET', '/', `CustSpaceId=${CHANNEL}`, names.map((n) => `${n}:${headers[n]}\n`).join(''), names.join(';'), empty].join('\n');
    const signature = createHmac('sha256', s.key.accessKeySecret).update(`ACS3-HMAC-SHA256\n${sha(canonical)}`).digest('hex');
    const authorization = `ACS3-HMAC-SHA256 Credential=${s.key.accessKeyId},SignedHeaders=${names.join(';')},Signature=${signature}`;
    const get = await s.sim.handle(new Request(`${ENDPOINT}/?CustSpaceId=${CHANNEL}`, { headers: { ...headers, authorization } }));
    expect([get.status, (await get.json()).Code]).toEqual([200, 'OK']);
    const put = await s.sim.handle(new Request(`${ENDPOINT}/`, { method: 'PUT', headers: { ...headers, authorization } }));
    expectGateway({ status: put.status, body: await put.json(), headers: put.headers }, 'InvalidApi.NotFound', 404);
  });
});
