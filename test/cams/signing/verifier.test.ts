import { describe, expect, it } from 'vitest';
import { acsDate, signAcs3, type SignInput } from '../../../src/cams/signing/acs3.js';
import { verifyAcs3, type Acs3VerifyOptions } from '../helpers/acs3-verifier.js';

// The verifier stands in for the gateway in msw handlers; each rejection below is one it must make (contract §2, §3.2).
const NOW = Date.UTC(2026, 10, 20, 8, 30, 0);
const SECRET = 'VerifierTestSecret/NotReal';
const input: SignInput = {
  method: 'POST',
  host: 'cams.ap-southeast-1.aliyuncs.com',
  pathname: '/',
  query: { CustSpaceId: 'cams-demo0001', PhoneNumber: '8613800001234' },
  body: 'VerifyCode=123456',
  action: 'ChatappVerifyAndRegister',
  version: '2020-06-06',
  date: acsDate(NOW),
  nonce: '0123456789abcdef0123456789abcdef',
  credentials: { accessKeyId: 'LTAI5tVerifier', accessKeySecret: SECRET },
};
const secrets = (id: string) => (id === 'LTAI5tVerifier' ? SECRET : undefined);

async function send(
  change: { input?: Partial<SignInput>; headers?: Record<string, string | null>; query?: string; url?: string } = {},
  opts: Acs3VerifyOptions = { now: () => NOW },
) {
  const signInput = { ...input, ...change.input };
  const signed = await signAcs3(signInput);
  const headers: Record<string, string> = { ...signed.headers };
  for (const [name, value] of Object.entries(change.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const query = change.query ?? signed.queryString;
  const url = change.url ?? `https://${signInput.host}/${query === '' ? '' : `?${query}`}`;
  return verifyAcs3(new Request(url, { method: 'POST', headers, ...(signInput.body === '' ? {} : { body: signInput.body }) }), secrets, opts);
}

describe('independent ACS3 verifier', () => {
  it('accepts a correct request and merges query and form parameters', async () => {
    const result = await send();
    expect(result).toMatchObject({
      ok: true,
      accessKeyId: 'LTAI5tVerifier',
      action: 'ChatappVerifyAndRegister',
      version: '2020-06-06',
      params: { CustSpaceId: 'cams-demo0001', PhoneNumber: '8613800001234', VerifyCode: '123456' },
    });
  });

  it('takes host from the URL when the Request carries no host header (what fetch hands msw)', async () => {
    expect(await send({ headers: { host: null } })).toMatchObject({ ok: true });
  });

  it('rejects a reused nonce, once the first request was accepted', async () => {
    const seenNonces = new Set<string>();
    expect(await send({}, { now: () => NOW, seenNonces })).toMatchObject({ ok: true });
    expect(await send({}, { now: () => NOW, seenNonces })).toMatchObject({ ok: false, code: 'SignatureNonceUsed' });
  });

  it('rejects x-acs-date more than 15 minutes from its clock, either way, and accepts exactly 15', async () => {
    const at = (ms: number) => ({ now: () => ms });
    expect(await send({}, at(NOW + 15 * 60_000 + 1_000))).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Expired' });
    expect(await send({}, at(NOW - 15 * 60_000 - 1_000))).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Expired' });
    expect(await send({}, at(NOW + 15 * 60_000))).toMatchObject({ ok: true });
  });

  it('rejects a malformed x-acs-date', async () => {
    expect(await send({ headers: { 'x-acs-date': '2026-11-20 08:30:00' } })).toMatchObject({ ok: false, code: 'InvalidTimeStamp.Format' });
  });

  it('rejects an unsigned x-acs-* header and an unsigned content-type', async () => {
    expect(await send({ headers: { 'x-acs-extra': '1' } })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await send({ input: { body: '' }, headers: { 'content-type': 'application/x-www-form-urlencoded' } })).toMatchObject({
      ok: false,
      code: 'IncompleteSignature',
    });
  });

  it('ignores unsigned headers outside host, content-type and x-acs-* (accept, user-agent)', async () => {
    expect(await send({ headers: { accept: 'application/json', 'user-agent': 'test' } })).toMatchObject({ ok: true });
  });

  it('rejects a missing or malformed Authorization, and other algorithms', async () => {
    expect(await send({ headers: { authorization: null } })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await send({ headers: { authorization: 'ACS3-HMAC-SHA256 Credential=LTAI5tVerifier' } })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await send({ headers: { authorization: 'ACS3-HMAC-SM3 Credential=a,SignedHeaders=host,Signature=00' } })).toMatchObject({ ok: false, code: 'InvalidSignatureMethod' });
  });

  it('rejects an unknown key id with HTTP 404', async () => {
    const result = await send({ input: { credentials: { accessKeyId: 'LTAI5tUnknown', accessKeySecret: SECRET } } });
    expect(result).toMatchObject({ ok: false, code: 'InvalidAccessKeyId.NotFound', status: 404 });
  });

  it('rejects a wrong secret with the gateway’s string-to-sign echo', async () => {
    const result = await send({ input: { credentials: { accessKeyId: 'LTAI5tVerifier', accessKeySecret: 'wrong' } } });
    expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    if (!result.ok) expect(result.message).toMatch(/server StringToSign is \[ACS3-HMAC-SHA256\n[0-9a-f]{64}\]/);
  });

  it('rejects an STS key id without a token, and a token that belongs to another key', async () => {
    const sts = { accessKeyId: 'STS.Temp', accessKeySecret: SECRET };
    const stsSecrets = () => SECRET;
    const signedWithout = await signAcs3({ ...input, credentials: sts });
    const bare = new Request(`https://${input.host}/?${signedWithout.queryString}`, { method: 'POST', headers: signedWithout.headers, body: input.body });
    expect(await verifyAcs3(bare, stsSecrets, { now: () => NOW })).toMatchObject({ ok: false, code: 'MissingSecurityToken' });

    const signedWith = await signAcs3({ ...input, credentials: { ...sts, securityToken: 'CAIStokenA' } });
    const request = new Request(`https://${input.host}/?${signedWith.queryString}`, { method: 'POST', headers: signedWith.headers, body: input.body });
    const result = await verifyAcs3(request, stsSecrets, { now: () => NOW, securityTokens: () => 'CAIStokenB' });
    expect(result).toMatchObject({ ok: false, code: 'InvalidSecurityToken.MismatchWithAccessKey' });
  });

  it('rejects a request sent to another host than the one signed', async () => {
    expect(await send({ url: 'https://cams.example.com/?CustSpaceId=cams-demo0001&PhoneNumber=8613800001234', headers: { host: null } })).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('refuses a bare + and a duplicate name in the query (the SDK never sends them, §2.4)', async () => {
    expect(await send({ query: 'CustSpaceId=cams+demo0001&PhoneNumber=8613800001234' })).toMatchObject({ ok: false, code: 'InvalidParameter.Encoding' });
    expect(await send({ query: 'CustSpaceId=a&CustSpaceId=b' })).toMatchObject({ ok: false, code: 'InvalidParameter.Encoding' });
    expect(await send({ query: 'CustSpaceId=%E0%A4%A' })).toMatchObject({ ok: false, code: 'InvalidParameter.Encoding' });
  });

  it('decodes the SDK’s raw marks and re-encodes them before comparing (contract §2.4)', async () => {
    const special = { About: "24/7 * ~ ! ' ( )" };
    const raw = 'About=24%2F7%20*%20~%20!%20%27%20(%20)';
    expect(await send({ input: { query: special }, query: raw })).toMatchObject({ ok: true, params: { About: special.About } });
  });
});
