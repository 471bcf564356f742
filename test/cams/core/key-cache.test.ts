/**
 * The client's HMAC key cache (src/cams/core/request.ts → signing/digest.ts HmacKeyCache): a warm client imports
 * its key once, and a rotated secret signs the very next request. Every request is checked by the independent
 * verifier, so a request signed with a stale key is answered `SignatureDoesNotMatch` and the call fails.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CamsCredentials } from '../../../src/cams/signing/acs3.js';
import { AK_ID, AK_SECRET, camsOk, makeCamsClient, useCams } from '../helpers/cams.js';

const ROTATED = 'RotatedSecretValueForCams0123456789';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HMAC key cache of a client (contract §2.3)', () => {
  it('imports the key once for any number of calls with the same secret', async () => {
    const sent = useCams(() => camsOk({ PhoneNumbers: [] }));
    const client = makeCamsClient();
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    for (let i = 0; i < 3; i++) await client.waba().phoneNumbers.list();
    await Promise.all([client.waba().phoneNumbers.list(), client.waba().phoneNumbers.list()]);
    expect(sent).toHaveLength(5);
    expect(importKey).toHaveBeenCalledTimes(1);
  });

  it('signs the next call with a rotated secret, even under the same key id', async () => {
    const secrets: Record<string, string> = { [AK_ID]: AK_SECRET };
    const sent = useCams(() => camsOk({ PhoneNumbers: [] }), secrets);
    let current: CamsCredentials = { accessKeyId: AK_ID, accessKeySecret: AK_SECRET };
    const client = makeCamsClient({ accessKeyId: undefined, accessKeySecret: undefined, credentials: () => current });
    await client.waba().phoneNumbers.list();
    await client.waba().phoneNumbers.list();
    // Rotation: the gateway now knows only the new secret.
    secrets[AK_ID] = ROTATED;
    current = { accessKeyId: AK_ID, accessKeySecret: ROTATED };
    await expect(client.waba().phoneNumbers.list()).resolves.toEqual([]);
    expect(sent).toHaveLength(3);
  });

  it('notices a secret changed in place on the same credentials object', async () => {
    const secrets: Record<string, string> = { [AK_ID]: AK_SECRET };
    useCams(() => camsOk({ PhoneNumbers: [] }), secrets);
    const mutable = { accessKeyId: AK_ID, accessKeySecret: AK_SECRET };
    const client = makeCamsClient({ accessKeyId: undefined, accessKeySecret: undefined, credentials: () => mutable });
    await client.waba().phoneNumbers.list();
    secrets[AK_ID] = ROTATED;
    mutable.accessKeySecret = ROTATED;
    await expect(client.waba().phoneNumbers.list()).resolves.toEqual([]);
  });

  it('keeps one cache per client: two clients with different secrets both sign correctly, interleaved', async () => {
    const sent = useCams(() => camsOk({ PhoneNumbers: [] }), { [AK_ID]: AK_SECRET, LTAI5tOtherKeyId0002: ROTATED });
    const first = makeCamsClient();
    const second = makeCamsClient({ accessKeyId: 'LTAI5tOtherKeyId0002', accessKeySecret: ROTATED });
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    for (let i = 0; i < 2; i++) {
      await first.waba().phoneNumbers.list();
      await second.waba().phoneNumbers.list();
    }
    expect(sent.map((s) => s.accessKeyId)).toEqual([AK_ID, 'LTAI5tOtherKeyId0002', AK_ID, 'LTAI5tOtherKeyId0002']);
    expect(importKey).toHaveBeenCalledTimes(2);
  });
});
