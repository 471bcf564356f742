import { describe, expect, it } from 'vitest';
import { call, codeOf, HOUR, setup } from './helpers.js';

function buc(headers: Headers, wabaId: string): Record<string, unknown> {
  const parsed = JSON.parse(headers.get('x-business-use-case-usage') ?? '{}') as Record<string, Record<string, unknown>[]>;
  return parsed[wabaId]?.[0] ?? {};
}

describe('usage headers and the 80008 throttle', () => {
  it('reports growing percentages for the WABA on WABA and phone calls', async () => {
    const { sim } = setup({ usage: { callsPerHour: 10 } });
    const waba = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: waba.id });
    const first = await call(sim, 'GET', `/${waba.id}`);
    expect(buc(first.headers, waba.id)).toEqual({
      type: 'whatsapp_business_management',
      call_count: 10,
      total_cputime: 2,
      total_time: 5,
      estimated_time_to_regain_access: 0,
    });
    const second = await call(sim, 'GET', `/${phone.id}`);
    expect(buc(second.headers, waba.id)['call_count']).toBe(20);
    expect(JSON.parse(second.headers.get('x-app-usage') ?? '{}')).toEqual({ call_count: 0, total_cputime: 0, total_time: 0 });
    expect(sim.state.callCount(waba.id)).toBe(2);
  });

  it('answers 80008 at 100 % with a wait in minutes, until the window passes', async () => {
    const { sim, clock } = setup({ usage: { callsPerHour: 3 } });
    const waba = sim.seed.waba();
    for (let i = 0; i < 3; i += 1) {
      expect((await call(sim, 'GET', `/${waba.id}`)).status).toBe(200);
      clock.advance(60_000);
    }
    const throttled = await call(sim, 'GET', `/${waba.id}/phone_numbers`);
    expect(throttled.status).toBe(400);
    expect(throttled.body.error).toMatchObject({ code: 80008, error_subcode: 2446079, is_transient: true, type: 'OAuthException' });
    const usage = buc(throttled.headers, waba.id);
    expect(usage['call_count']).toBe(100);
    expect(usage['estimated_time_to_regain_access']).toBe(57);
    // Another WABA is not affected.
    expect((await call(sim, 'GET', `/${sim.seed.waba().id}`)).status).toBe(200);
    clock.advance(57 * 60_000);
    expect((await call(sim, 'GET', `/${waba.id}`)).status).toBe(200);
  });

  it('uses the larger budget once the WABA has a registered number', async () => {
    const { sim } = setup({ usage: { callsPerHour: 1, activeCallsPerHour: 4 } });
    const waba = sim.seed.waba();
    sim.seed.phoneNumber({ wabaId: waba.id, registered: true });
    for (let i = 0; i < 4; i += 1) expect((await call(sim, 'GET', `/${waba.id}`)).status).toBe(200);
    expect(codeOf(await call(sim, 'GET', `/${waba.id}`))).toBe(80008);
  });

  it('reports X-App-Usage and answers code 4 when the app budget is used up', async () => {
    const { sim, clock } = setup({ usage: { appCallsPerHour: 2 } });
    const waba = sim.seed.waba();
    const first = await call(sim, 'GET', `/${waba.id}`);
    expect(JSON.parse(first.headers.get('x-app-usage') ?? '{}')).toMatchObject({ call_count: 50 });
    await call(sim, 'GET', `/${waba.id}`);
    expect(codeOf(await call(sim, 'GET', `/${waba.id}`))).toBe(4);
    clock.advance(HOUR);
    expect((await call(sim, 'GET', `/${waba.id}`)).status).toBe(200);
  });
});
