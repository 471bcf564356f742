import { describe, expect, it } from 'vitest';
import { call, codeOf, HOUR, register, registeredNumber, setup } from './helpers.js';

describe('register / deregister quota (10 each per 72 h)', () => {
  it('the 11th register in 72 h gets 133016 and blocks register for 72 h', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 10; i += 1) {
      expect((await register(sim, phoneId)).status).toBe(200);
      clock.advance(HOUR);
    }
    const eleventh = await register(sim, phoneId);
    expect(eleventh.body.error).toMatchObject({ code: 133016, message: '(#133016) Account register deregister rate limit exceeded' });
    expect(eleventh.body.error.error_data.details).toContain('Try again in 72 hours');
    // The first attempts leave the moving window, but the block lasts 72 h from the 11th.
    clock.advance(62 * HOUR);
    expect(codeOf(await register(sim, phoneId))).toBe(133016);
    clock.advance(10 * HOUR);
    expect((await register(sim, phoneId)).status).toBe(200);
  });

  it('failed attempts count too, and deregister has its own quota', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 10; i += 1) {
      clock.advance(2000);
      expect(codeOf(await call(sim, 'POST', `/${phoneId}/register`, { messaging_product: 'whatsapp', pin: 'bad' }))).toBe(100);
    }
    expect(codeOf(await register(sim, phoneId))).toBe(133016);
    expect((await call(sim, 'POST', `/${phoneId}/deregister`)).status).toBe(200);
  });

  it('the 11th deregister in 72 h gets 133016', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 10; i += 1) {
      expect((await call(sim, 'POST', `/${phoneId}/deregister`)).status).toBe(i === 0 ? 200 : 400);
      clock.advance(HOUR);
    }
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/deregister`))).toBe(133016);
  });

  it('attempts older than 72 h leave the moving window', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 10; i += 1) {
      await register(sim, phoneId);
      clock.advance(HOUR);
    }
    clock.advance(63 * HOUR); // the first attempt is now 73 h old
    expect((await register(sim, phoneId)).status).toBe(200);
  });
});
