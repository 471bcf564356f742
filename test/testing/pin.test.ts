import { describe, expect, it } from 'vitest';
import { call, codeOf, HOUR, register, setup, verify, wabaWithNumber } from './helpers.js';

async function verifiedNumber() {
  const { sim, clock } = setup();
  const { phoneId } = wabaWithNumber(sim);
  await verify(sim, phoneId);
  return { sim, clock, phoneId };
}

describe('two-step verification PIN', () => {
  it('the first register sets the PIN; a later register with another PIN gets 133005', async () => {
    const { sim, clock, phoneId } = await verifiedNumber();
    expect(sim.state.phoneNumber(phoneId)?.pin).toBeUndefined();
    expect((await register(sim, phoneId, '246810')).status).toBe(200);
    expect(sim.state.phoneNumber(phoneId)?.pin).toBe('246810');
    clock.advance(5000);
    const mismatch = await register(sim, phoneId, '111111');
    expect(mismatch.body.error).toMatchObject({ code: 133005, message: '(#133005) Two step verification PIN Mismatch' });
    expect(JSON.stringify(mismatch.body)).not.toMatch(/111111|246810/);
    clock.advance(5000);
    expect((await register(sim, phoneId, '246810')).status).toBe(200);
  });

  it('a guess less than 1 s after a wrong one gets 133009', async () => {
    const { sim, clock, phoneId } = await verifiedNumber();
    await register(sim, phoneId, '246810');
    clock.advance(10_000);
    expect(codeOf(await register(sim, phoneId, '000000'))).toBe(133005);
    clock.advance(999);
    expect(codeOf(await register(sim, phoneId, '246810'))).toBe(133009);
    clock.advance(1);
    expect((await register(sim, phoneId, '246810')).status).toBe(200);
  });

  it('after 5 wrong guesses within an hour every attempt gets 133008 with a wait, until the hour passes', async () => {
    const { sim, clock, phoneId } = await verifiedNumber();
    await register(sim, phoneId, '246810');
    for (let i = 0; i < 5; i += 1) {
      clock.advance(2000);
      expect(codeOf(await register(sim, phoneId, '000000'))).toBe(133005);
    }
    clock.advance(2000);
    const locked = await register(sim, phoneId, '246810');
    expect(locked.body.error).toMatchObject({ code: 133008, message: '(#133008) Too Many two step verification PIN Guesses' });
    expect(locked.body.error.error_data.details).toMatch(/Wait \d+ minutes/);
    clock.advance(HOUR);
    expect((await register(sim, phoneId, '246810')).status).toBe(200);
  });

  it('POST /{phone} {pin} changes the PIN without the old one', async () => {
    const { sim, clock, phoneId } = await verifiedNumber();
    await register(sim, phoneId, '246810');
    expect((await call(sim, 'POST', `/${phoneId}`, { pin: '135790' })).body).toEqual({ success: true });
    clock.advance(2000);
    expect(codeOf(await register(sim, phoneId, '246810'))).toBe(133005);
    clock.advance(2000);
    expect((await register(sim, phoneId, '135790')).status).toBe(200);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}`, { pin: 'abcdef' }))).toBe(100);
  });
});
