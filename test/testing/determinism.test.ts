import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulator, manualClock } from '../../src/testing/index.js';
import { mulberry32 } from '../../src/testing/random.js';
import { call } from './helpers.js';

async function scenario(seed: number) {
  const sim = createSimulator({ clock: manualClock(), seed });
  sim.seed.token('test-token');
  const waba = sim.seed.waba();
  const added = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550100', verified_name: 'Shop' });
  const phoneId = added.body.id as string;
  await call(sim, 'POST', `/${phoneId}/request_code`, { code_method: 'SMS', language: 'en' });
  const qr = await call(sim, 'POST', `/${phoneId}/message_qrdls`, { prefilled_message: 'hi' });
  return { wabaId: waba.id, phoneId, code: sim.inbox.latestCode(phoneId), qr: qr.body.code as string, trace: added.headers.get('x-fb-trace-id') };
}

describe('determinism', () => {
  it('the same seed gives the same ids, OTP codes, QR codes and trace ids', async () => {
    expect(await scenario(42)).toEqual(await scenario(42));
  });

  it('another seed gives other ids and codes', async () => {
    const a = await scenario(42);
    const b = await scenario(43);
    expect(b.wabaId).not.toBe(a.wabaId);
    expect(b.phoneId).not.toBe(a.phoneId);
    expect(b.qr).not.toBe(a.qr);
  });

  it('fault draws depend on the seed only, not on unrelated id draws', async () => {
    const outcomes = async (seedIds: boolean) => {
      const sim = createSimulator({ seed: 9, faults: { errorRate5xx: 0.5 } });
      sim.seed.token('test-token');
      const waba = sim.seed.waba();
      if (seedIds) for (let i = 0; i < 5; i += 1) sim.seed.business();
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) statuses.push((await sim.handle(new Request(`https://graph.facebook.com/v23.0/${waba.id}?access_token=test-token`))).status);
      return statuses;
    };
    const plain = await outcomes(false);
    expect(await outcomes(true)).toEqual(plain);
    expect(new Set(plain).size).toBeGreaterThan(1);
  });

  it('mulberry32 stays in [0, 1) and is reproducible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i += 1) {
          const x = a();
          if (x !== b() || x < 0 || x >= 1) return false;
        }
        return true;
      }),
    );
  });
});
