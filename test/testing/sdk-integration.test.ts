import { describe, expect, it } from 'vitest';
import { WabaClient } from '../../src/client.js';
import { PinMismatchError, VerificationRequiredError } from '../../src/errors/api-error.js';
import { createSimulator, manualClock } from '../../src/testing/index.js';

// The simulator must be usable as `fetch` of the SDK's own client, with no network and no msw.
describe('wabakit client on sim.fetch', () => {
  it('onboards a number end to end and maps Graph errors to the SDK classes', async () => {
    const sim = createSimulator({ clock: manualClock(), seed: 11 });
    sim.seed.token('sdk-token');
    const waba = sim.seed.waba();
    const client = new WabaClient({ accessToken: 'sdk-token', fetch: sim.fetch, logLevel: 'off' });

    const { id } = await client.waba(waba.id).phoneNumbers.add({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' });
    const phone = client.phoneNumber(id);
    await expect(phone.register({ pin: '123456' })).rejects.toBeInstanceOf(VerificationRequiredError);

    await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
    await phone.verification.verifyCode({ code: sim.inbox.latestCode(id)! });
    await phone.register({ pin: '123456' });
    const info = await phone.retrieve({ fields: ['status', 'code_verification_status', 'platform_type'] });
    expect(info).toMatchObject({ status: 'CONNECTED', code_verification_status: 'VERIFIED', platform_type: 'CLOUD_API' });

    const page = await client.waba(waba.id).phoneNumbers.list({ fields: ['status'], summary: 'total_count' });
    expect(page.data.map((p) => p.id)).toEqual([id]);

    await expect(phone.register({ pin: '654321' })).rejects.toBeInstanceOf(PinMismatchError);
  });
});
