import { describe, expect, it } from 'vitest';
import { acsDate, newNonce, signAcs3, type SignInput } from '../../../src/cams/signing/acs3.js';
import { isValidationError } from '../../../src/errors/guards.js';

const SECRET = 'UnitTestSecret/NotReal+0001';
const TOKEN = 'CAISunitTestToken+/=0001';

const base: SignInput = {
  method: 'POST',
  host: 'cams.ap-southeast-1.aliyuncs.com',
  pathname: '/',
  query: { CustSpaceId: 'cams-demo0001' },
  body: '',
  action: 'QueryChatappPhoneNumbers',
  version: '2020-06-06',
  date: '2026-11-20T08:30:00Z',
  nonce: '6a1f0c2e9b8d4f7a3c5e1b0d2f4a6c8e',
  credentials: { accessKeyId: 'LTAI5tUnitTest', accessKeySecret: SECRET },
};

async function rejection(input: SignInput): Promise<unknown> {
  return signAcs3(input).then(
    () => {
      throw new Error('expected a ValidationError');
    },
    (error: unknown) => error,
  );
}

describe('signAcs3', () => {
  it('signs content-type only with a body, defaulting to the form type (contract §2.1)', async () => {
    const without = await signAcs3(base);
    expect(without.headers['content-type']).toBeUndefined();
    expect(without.canonicalRequest).not.toContain('content-type');
    const withBody = await signAcs3({ ...base, body: 'PhoneNumber=8613800001234' });
    expect(withBody.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(withBody.headers['authorization']).toContain('SignedHeaders=content-type;host;');
  });

  it('adds and signs x-acs-security-token and x-acs-accesskey-id for STS credentials (contract §2.5)', async () => {
    const signed = await signAcs3({ ...base, credentials: { accessKeyId: 'STS.Temp', accessKeySecret: SECRET, securityToken: TOKEN } });
    expect(signed.headers['x-acs-security-token']).toBe(TOKEN);
    expect(signed.headers['x-acs-accesskey-id']).toBe('STS.Temp');
    expect(signed.headers['authorization']).toMatch(/SignedHeaders=host;x-acs-accesskey-id;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;/);
  });

  it('never puts the secret in anything it returns', async () => {
    const signed = await signAcs3(base);
    expect(JSON.stringify(signed)).not.toContain(SECRET);
  });

  it('lower-cases and signs extra x-acs-* headers', async () => {
    const signed = await signAcs3({ ...base, extraHeaders: { 'X-Acs-Credentials-Provider': 'static_ak' } });
    expect(signed.headers['x-acs-credentials-provider']).toBe('static_ak');
    expect(signed.headers['authorization']).toContain('x-acs-credentials-provider;');
  });

  it.each([
    ['a header that is not x-acs-*', { extraHeaders: { accept: 'application/json' } }, 'extraHeaders.accept'],
    ['an override of a signer header', { extraHeaders: { 'x-acs-date': '2026-01-01T00:00:00Z' } }, 'extraHeaders.x-acs-date'],
    ['a header value with a newline', { extraHeaders: { 'x-acs-foo': 'a\nb' } }, 'extraHeaders.x-acs-foo'],
    ['a malformed date', { date: '2026-11-20T08:30:00.000Z' }, 'date'],
    ['an empty nonce', { nonce: '' }, 'nonce'],
    ['a bad host', { host: 'https://cams.example' }, 'host'],
    ['a path with a query', { pathname: '/?x=1' }, 'pathname'],
    ['an empty action', { action: '' }, 'action'],
    ['an empty secret', { credentials: { accessKeyId: 'LTAI5t', accessKeySecret: '' } }, 'credentials.accessKeySecret'],
    ['a key id with a comma', { credentials: { accessKeyId: 'LTAI,5t', accessKeySecret: SECRET } }, 'credentials.accessKeyId'],
    ['a blank STS token', { credentials: { accessKeyId: 'STS.x', accessKeySecret: SECRET, securityToken: ' ' } }, 'credentials.securityToken'],
  ] as const)('refuses %s before signing', async (_label, change, path) => {
    const error = await rejection({ ...base, ...change } as SignInput);
    expect(isValidationError(error)).toBe(true);
    expect(String(error)).toContain(path);
    expect(String(error)).not.toContain(SECRET);
  });
});

describe('acsDate (contract §2.1)', () => {
  it('formats UTC without milliseconds', () => {
    expect(acsDate(Date.UTC(2026, 10, 20, 8, 30, 0, 999))).toBe('2026-11-20T08:30:00Z');
    expect(acsDate(0)).toBe('1970-01-01T00:00:00Z');
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1, Date.UTC(10000, 0, 1), Date.UTC(-1, 0, 1)])('refuses %s', (ms) => {
    expect(() => acsDate(ms)).toThrow(RangeError);
  });
});

describe('newNonce', () => {
  it('gives 32 lowercase hex characters from 16 random bytes', () => {
    expect(newNonce(() => Uint8Array.from({ length: 16 }, (_, i) => i * 17))).toBe('00112233445566778899aabbccddeeff');
    expect(newNonce()).toMatch(/^[0-9a-f]{32}$/);
    expect(newNonce()).not.toBe(newNonce());
  });

  it('refuses a random source that gives too few bytes', () => {
    expect(() => newNonce(() => new Uint8Array(8))).toThrow(RangeError);
  });
});
