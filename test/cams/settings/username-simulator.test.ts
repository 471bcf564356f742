/**
 * Behaviour of `phone.username` (contract §4.9) against the stateful CAMS simulator (wabakit/testing): every call is
 * signed, verified by the simulator's ACS3 verifier and reads or changes the simulator's per-number state, so a read
 * after a write shows the write landed with CAMS's wire names (`Username`, `TransferAction`, `PhoneNumber`).
 */
import { describe, expect, it } from 'vitest';
import { CamsClient } from '../../../src/cams/index.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';

const NUMBER = '8613800001234';
const SUPPORT = '8613800005678';

function setup() {
  const clock = manualClock(Date.now());
  const sim = createCamsSimulator({ clock, seed: 7, qps: true });
  const demo = seedCamsDemo(sim);
  const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' });
  const state = (digits = NUMBER) => sim.state.phoneNumber(demo.channel.custSpaceId, digits)!;
  return { sim, client, phone: client.phoneNumber(`+${NUMBER}`), support: client.phoneNumber(`+${SUPPORT}`), state };
}

describe('phone.username against the CAMS simulator', () => {
  it('suggestions → update → retrieve → delete → retrieve', async () => {
    const { sim, phone, state } = setup();
    const names = await phone.username.suggestions();
    expect(names).toHaveLength(3);
    expect(names[0]).toBe('luckyshrub');
    expect(await phone.username.retrieve()).toEqual({});
    expect(await phone.username.update({ username: names[0]! })).toEqual({ username: 'luckyshrub', status: 'approved' });
    expect(state().username).toEqual({ Username: 'luckyshrub', Status: 'approved' });
    expect(sim.calls.at(-1)).toMatchObject({ action: 'UpdateWhatsappUserName', code: 'OK', queryParams: expect.arrayContaining(['PhoneNumber', 'Username']) });
    expect(await phone.username.retrieve()).toEqual({ username: 'luckyshrub', status: 'approved' });
    expect(await phone.username.delete()).toEqual({ success: true, deleted: true });
    expect(state().username).toBeUndefined();
    expect(await phone.username.retrieve()).toEqual({});
  });

  it('a name the other number holds: 147005 (not retried, nothing changed); force_transfer moves it', async () => {
    const { sim, phone, support, state } = setup();
    await phone.username.update({ username: 'luckyshrub' });
    const before = sim.calls.length;
    await expect(support.username.update({ username: 'luckyshrub' })).rejects.toMatchObject({
      code: 147005,
      cams: { code: 'ERR-FB-001', metaCode: 147005, action: 'UpdateWhatsappUserName', httpStatus: 200 },
    });
    expect(sim.calls.length - before).toBe(1);
    expect(state(SUPPORT).username).toBeUndefined();
    expect(await support.username.update({ username: 'luckyshrub', transfer_action: 'force_transfer' })).toEqual({ username: 'luckyshrub', status: 'approved' });
    expect(sim.calls.at(-1)?.queryParams).toContain('TransferAction');
    expect(await support.username.retrieve()).toEqual({ username: 'luckyshrub', status: 'approved' });
    expect(await phone.username.retrieve()).toEqual({});
    // The name the other number now holds is no longer suggested to the first.
    expect(await phone.username.suggestions()).not.toContain('luckyshrub');
  });

  it('bad names are refused by the client before any request (ValidationError)', async () => {
    const { sim, phone } = setup();
    const before = sim.calls.length;
    await expect(phone.username.update({ username: '' })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(phone.username.update({ username: 'lucky shrub' })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(phone.username.update({ username: 'x'.repeat(65) })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(phone.username.update({ username: 'luckyshrub', transfer_action: 'steal' as 'none' })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(sim.calls.length).toBe(before);
  });

  it('a number not in the space: ERR-OPERATION-MAAP-0065 from the simulator', async () => {
    const { client } = setup();
    await expect(client.phoneNumber('+65 8123 4567').username.retrieve()).rejects.toMatchObject({
      cams: { code: 'ERR-OPERATION-MAAP-0065', action: 'GetWhatsappUserName' },
    });
  });
});
