import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test imports the module afresh, so that no state of another test can leak in.
async function freshModule() {
  vi.resetModules();
  return import('../../src/core/appsecret-proof.js');
}

const reference = (secret: string, token: string) => createHmac('sha256', secret).update(token).digest('hex');
const secrets = fc.string({ minLength: 1, maxLength: 64 });
const tokens = fc.string({ minLength: 1, maxLength: 200 });

afterEach(() => vi.restoreAllMocks());

describe('AppSecretProof with node:crypto (Node)', () => {
  it('is hex(HMAC-SHA256(app secret, token)) for any secret and token, unicode included', async () => {
    const { AppSecretProof } = await freshModule();
    await fc.assert(
      fc.asyncProperty(secrets, tokens, async (secret, token) => {
        expect(await new AppSecretProof(secret).for(token)).toBe(reference(secret, token));
      }),
    );
  });

  it('loads nothing when constructed, and neither WebCrypto when a proof is computed', async () => {
    const { AppSecretProof } = await freshModule();
    const lookup = vi.spyOn(process, 'getBuiltinModule');
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    const proof = new AppSecretProof('app-secret-1234');
    expect(lookup).not.toHaveBeenCalled();

    expect(await proof.for('EAAtoken')).toBe(reference('app-secret-1234', 'EAAtoken'));
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(lookup).toHaveBeenCalledWith('node:crypto');
    expect(importKey).not.toHaveBeenCalled();
  });

  it('computes once per token: the same token reuses the proof, a new token gets its own', async () => {
    const { AppSecretProof } = await freshModule();
    const real = process.getBuiltinModule('node:crypto');
    const hmacs = vi.fn(real.createHmac);
    vi.spyOn(process, 'getBuiltinModule').mockReturnValue({ ...real, createHmac: hmacs });
    const proof = new AppSecretProof('app-secret-1234');

    const first = proof.for('token-one');
    expect(proof.for('token-one')).toBe(first);
    expect(hmacs).toHaveBeenCalledTimes(1);
    expect(await proof.for('token-two')).toBe(reference('app-secret-1234', 'token-two'));
    expect(await proof.for('token-one')).toBe(reference('app-secret-1234', 'token-one'));
    expect(hmacs).toHaveBeenCalledTimes(3);
    // `node:crypto` is looked up per new proof (the runtime caches it), never per call.
    expect(process.getBuiltinModule).toHaveBeenCalledTimes(3);
  });
});

describe('AppSecretProof with WebCrypto (runtimes without process.getBuiltinModule)', () => {
  it('gives the same proofs as node:crypto', async () => {
    const { AppSecretProof } = await freshModule();
    vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    await fc.assert(
      fc.asyncProperty(secrets, tokens, async (secret, token) => {
        expect(await new AppSecretProof(secret).for(token)).toBe(reference(secret, token));
      }),
      { numRuns: 50 },
    );
  });

  it('imports the key on the first proof only, then signs per new token', async () => {
    const { AppSecretProof } = await freshModule();
    vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    const sign = vi.spyOn(crypto.subtle, 'sign');
    const proof = new AppSecretProof('app-secret-1234');
    expect(importKey).not.toHaveBeenCalled();

    expect(await proof.for('token-one')).toBe(reference('app-secret-1234', 'token-one'));
    expect(await proof.for('token-one')).toBe(reference('app-secret-1234', 'token-one'));
    expect(await proof.for('token-two')).toBe(reference('app-secret-1234', 'token-two'));
    expect(importKey).toHaveBeenCalledTimes(1);
    expect(sign).toHaveBeenCalledTimes(2);
  });

  it('falls back to WebCrypto when the runtime has no process at all', async () => {
    const { AppSecretProof, nodeCrypto } = await freshModule();
    vi.stubGlobal('process', undefined);
    try {
      expect(nodeCrypto()).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(await new AppSecretProof('app-secret-1234').for('EAAtoken')).toBe(reference('app-secret-1234', 'EAAtoken'));
  });
});
