import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewayErrorOf } from './helpers.js';
import { NonceLedger, verifyAcs3, type VerifierKey } from '../../../src/testing/cams/verifier/acs3.js';
import { CamsGatewayError } from '../../../src/testing/cams/wire/errors.js';

// Byte copy of the contract's vectors (provenance: test/cams/signing/fixtures/README.md).
const file = JSON.parse(readFileSync(new URL('../../cams/signing/fixtures/acs3-vectors.json', import.meta.url), 'utf8')) as {
  vectors: Vector[];
};
interface Vector {
  name: string;
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string };
  request: { method: string; host: string; path: string; wireQueryString: string; headers: Record<string, string>; body: string };
  canonicalRequest: string;
  stringToSign: string;
}
const AT = Date.UTC(2026, 10, 20, 8, 30, 0);

function received(vector: Vector, edit: (parts: { url: string; headers: Record<string, string>; body: string }) => void = () => undefined) {
  const parts = {
    url: `https://${vector.request.host}${vector.request.path}${vector.request.wireQueryString === '' ? '' : `?${vector.request.wireQueryString}`}`,
    headers: { ...vector.request.headers },
    body: vector.request.body,
  };
  edit(parts);
  const headers = new Headers(parts.headers);
  return { method: vector.request.method, url: new URL(parts.url), headers, body: new TextEncoder().encode(parts.body) };
}

function deps(vector: Vector, options: { now?: number; nonces?: NonceLedger; key?: Partial<VerifierKey> | null } = {}) {
  const key: VerifierKey = {
    accessKeySecret: vector.credentials.accessKeySecret,
    securityToken: vector.credentials.securityToken,
    ...options.key,
  };
  return {
    now: options.now ?? AT,
    nonces: options.nonces ?? new NonceLedger(),
    key: (id: string) => (options.key === null || id !== vector.credentials.accessKeyId ? undefined : key),
  };
}

async function rejection(promise: Promise<unknown>): Promise<CamsGatewayError> {
  return gatewayErrorOf(promise);
}

const vectors = file.vectors;
const plain = vectors.find((v) => v.name === 'plain-query')!;
const sts = vectors.find((v) => v.name === 'sts-token')!;
const form = vectors.find((v) => v.name === 'form-body')!;

describe('CAMS simulator ACS3 verifier: contract vectors', () => {
  it('has the ten vectors of contract §2.7', () => {
    expect(vectors).toHaveLength(10);
  });

  it.each(vectors.map((v) => [v.name, v] as const))('accepts %s and rebuilds its canonical request and string to sign', async (_name, vector) => {
    const verified = await verifyAcs3(received(vector), deps(vector));
    expect(verified.canonicalRequest).toBe(vector.canonicalRequest);
    expect(verified.stringToSign).toBe(vector.stringToSign);
    expect(verified.accessKeyId).toBe(vector.credentials.accessKeyId);
    expect(verified.version).toBe('2020-06-06');
  });
});

describe('CAMS simulator ACS3 verifier: rejections (contract §2, §3.2)', () => {
  it('rejects a changed query value, a changed body, a changed signed header', async () => {
    const query = await rejection(verifyAcs3(received(plain, (p) => (p.url = p.url.replace('8613800001234', '8613800001235'))), deps(plain)));
    expect(query.code).toBe('SignatureDoesNotMatch');
    expect(query.status).toBe(400);
    expect(query.message).toContain('server StringToSign is [ACS3-HMAC-SHA256\n');
    const body = await rejection(verifyAcs3(received(form, (p) => (p.body = `${p.body}x`)), deps(form)));
    expect(body.code).toBe('SignatureDoesNotMatch');
    expect(body.message).toContain('x-acs-content-sha256');
    const action = await rejection(verifyAcs3(received(plain, (p) => (p.headers['x-acs-action'] = 'ChatappPhoneNumberDeregister')), deps(plain)));
    expect(action.code).toBe('SignatureDoesNotMatch');
  });

  it('rejects a wrong secret', async () => {
    const error = await rejection(verifyAcs3(received(plain), deps(plain, { key: { accessKeySecret: 'other' } })));
    expect(error.code).toBe('SignatureDoesNotMatch');
  });

  it('rejects an unsigned x-acs-* header and an unsigned content-type', async () => {
    const extra = await rejection(verifyAcs3(received(plain, (p) => (p.headers['x-acs-extra'] = '1')), deps(plain)));
    expect(extra.code).toBe('IncompleteSignature');
    const type = await rejection(verifyAcs3(received(plain, (p) => (p.headers['content-type'] = 'text/plain')), deps(plain)));
    expect(type.code).toBe('IncompleteSignature');
  });

  it('rejects a missing or malformed Authorization and a missing required header', async () => {
    const none = await rejection(verifyAcs3(received(plain, (p) => delete p.headers['authorization']), deps(plain)));
    expect(none.code).toBe('IncompleteSignature');
    const bad = await rejection(verifyAcs3(received(plain, (p) => (p.headers['authorization'] = 'Bearer x')), deps(plain)));
    expect(bad.code).toBe('IncompleteSignature');
    const nonce = await rejection(verifyAcs3(received(plain, (p) => delete p.headers['x-acs-signature-nonce']), deps(plain)));
    expect(nonce.code).toBe('IncompleteSignature');
  });

  it('rejects another algorithm with InvalidSignatureMethod', async () => {
    const error = await rejection(
      verifyAcs3(received(plain, (p) => (p.headers['authorization'] = p.headers['authorization']!.replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SM3'))), deps(plain)),
    );
    expect(error.code).toBe('InvalidSignatureMethod');
  });

  it('accepts a date 15 minutes off and rejects one a second more (InvalidTimeStamp.Expired), both ways', async () => {
    await expect(verifyAcs3(received(plain), deps(plain, { now: AT + 15 * 60_000 }))).resolves.toBeDefined();
    await expect(verifyAcs3(received(plain), deps(plain, { now: AT - 15 * 60_000 }))).resolves.toBeDefined();
    expect((await rejection(verifyAcs3(received(plain), deps(plain, { now: AT + 15 * 60_000 + 1000 })))).code).toBe('InvalidTimeStamp.Expired');
    expect((await rejection(verifyAcs3(received(plain), deps(plain, { now: AT - 15 * 60_000 - 1000 })))).code).toBe('InvalidTimeStamp.Expired');
  });

  it('rejects a malformed date with InvalidTimeStamp.Format', async () => {
    for (const date of ['2026-11-20T08:30:00.000Z', '2026-11-20 08:30:00', '2026-02-30T08:30:00Z']) {
      const error = await rejection(verifyAcs3(received(plain, (p) => (p.headers['x-acs-date'] = date)), deps(plain)));
      expect(error.code).toBe('InvalidTimeStamp.Format');
    }
  });

  it('rejects a replayed nonce, but not a forged request that reuses it', async () => {
    const nonces = new NonceLedger();
    await rejection(verifyAcs3(received(plain, (p) => (p.url = `${p.url}0`)), deps(plain, { nonces }))); // forged: not recorded
    await verifyAcs3(received(plain), deps(plain, { nonces }));
    const replay = await rejection(verifyAcs3(received(plain), deps(plain, { nonces })));
    expect(replay.code).toBe('SignatureNonceUsed');
    expect(replay.status).toBe(400);
  });

  it('rejects an unknown or disabled key', async () => {
    const unknown = await rejection(verifyAcs3(received(plain), deps(plain, { key: null })));
    expect([unknown.code, unknown.status]).toEqual(['InvalidAccessKeyId.NotFound', 404]);
    const disabled = await rejection(verifyAcs3(received(plain), deps(plain, { key: { active: false } })));
    expect(disabled.code).toBe('InvalidAccessKeyId.Inactive');
  });

  it('requires the STS token of an STS key, the right one, unexpired', async () => {
    const missing = await rejection(
      verifyAcs3(received(sts, (p) => {
        delete p.headers['x-acs-security-token'];
      }), deps(sts)),
    );
    expect(missing.code).toBe('IncompleteSignature'); // it is still listed in SignedHeaders
    const unsigned = await rejection(verifyAcs3(received(plain), deps(plain, { key: { securityToken: 'token-of-an-sts-key' } })));
    expect(unsigned.code).toBe('MissingSecurityToken');
    const other = await rejection(verifyAcs3(received(sts), deps(sts, { key: { securityToken: 'another-token' } })));
    expect(other.code).toBe('InvalidSecurityToken.MismatchWithAccessKey');
    const expired = await rejection(verifyAcs3(received(sts), deps(sts, { key: { expiresAt: AT } })));
    expect(expired.code).toBe('InvalidSecurityToken.Expired');
  });

  it('rejects bad percent-encoding in the query', async () => {
    const error = await rejection(verifyAcs3(received(plain, (p) => (p.url = `${p.url}&X=%ZZ`)), deps(plain)));
    expect(error.code).toBe('InvalidParameter');
  });
});
