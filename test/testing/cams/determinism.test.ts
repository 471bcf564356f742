import { describe, expect, it } from 'vitest';
import { createCamsSimulator, manualClock } from '../../../src/testing/index.js';
import { CHANNEL, camsCall, setupCams, START, UNREGISTERED } from './helpers.js';

async function scenario(seed: number) {
  const s = setupCams({ seed });
  const waba = s.sim.seed.waba();
  const bound = await camsCall(s, 'ChatappBindWaba', { WabaId: waba.Id });
  await camsCall(s, 'GetChatappVerifyCode', { CustSpaceId: CHANNEL, PhoneNumber: UNREGISTERED, Locale: 'en_US', Method: 'sms' });
  const qr = await camsCall(s, 'CreatePhoneMessageQrdl', { CustSpaceId: CHANNEL, PhoneNumber: UNREGISTERED, GenerateQrImage: 'PNG', PrefilledMessage: 'Hi' });
  return {
    wabaId: waba.Id,
    custSpaceId: bound.body.Data.CustSpaceId,
    requestId: bound.body.RequestId,
    code: s.sim.inbox.latestCode(UNREGISTERED),
    qr: qr.body.Data.QrdlCode,
    phoneId: s.sim.state.phoneNumber(CHANNEL, UNREGISTERED)?.id,
  };
}

describe('CAMS simulator: determinism', () => {
  it('the same seed gives the same ids, codes and request ids; another seed differs', async () => {
    const a = await scenario(7);
    expect(await scenario(7)).toEqual(a);
    const b = await scenario(8);
    expect(b.code === a.code && b.qr === a.qr && b.custSpaceId === a.custSpaceId).toBe(false);
    expect(a.requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it('runs on the clock it is given, never on the wall clock', () => {
    const clock = manualClock(START);
    const sim = createCamsSimulator({ clock });
    expect(sim.now()).toBe(START);
    clock.advance(1000);
    expect(sim.now()).toBe(START + 1000);
    expect(sim.actions).toHaveLength(39);
  });
});
