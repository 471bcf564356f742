import { describe, expect, it } from 'vitest';
import { CamsClient } from '../../../src/cams/index.js';
import { isRegistrationRateLimitError } from '../../../src/index.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';

// The SDK's CAMS client signs with the wall clock: the simulator's manual clock starts there.
function setup() {
  const clock = manualClock(Date.now());
  const sim = createCamsSimulator({ clock, seed: 1, qps: true });
  const demo = seedCamsDemo(sim);
  const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' });
  return { sim, demo, client };
}

describe('CamsClient (wabakit/cams) against the CAMS simulator', () => {
  it('reads the bound WABA and lists the numbers', async () => {
    const { client, demo } = setup();
    expect(await client.waba().retrieve()).toMatchObject({ id: demo.waba.Id, name: 'Lucky Shrub' });
    const numbers = await client.waba().phoneNumbers.list();
    expect(numbers.map((n) => n.phone_number)).toEqual(['8613800001234', '8613800005678']);
  });

  it('adds a number, requests a code, verifies and registers it', async () => {
    const { client, sim, demo } = setup();
    const { phone_number } = await client.waba().phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky SG' });
    const phone = client.phoneNumber(phone_number);
    await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
    await phone.verifyAndRegister({ code: sim.inbox.latestCode(phone_number)! });
    expect(sim.state.phoneNumber(demo.channel.custSpaceId, phone_number)?.Status).toBe('CONNECTED');
    // The code went in the signed form body, never in the URL (issue #9 §2).
    const verify = sim.calls.find((c) => c.action === 'ChatappVerifyAndRegister');
    expect(verify).toMatchObject({ code: 'OK', bodyParams: ['VerifyCode'] });
    expect(verify?.queryParams).not.toContain('VerifyCode');
  });

  it('surfaces the simulator\'s (#133016) as the registration rate-limit error', async () => {
    const { client, sim } = setup();
    const phone = sim.state.phoneNumber('cams-demo0001', '8613800001234')!;
    phone.registerLog = Array.from({ length: 10 }, () => sim.now());
    const error = await client.phoneNumber('8613800001234').register().catch((e: unknown) => e);
    expect(isRegistrationRateLimitError(error)).toBe(true);
  });
});
