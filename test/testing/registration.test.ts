import { describe, expect, it } from 'vitest';
import { call, codeOf, DAY, register, setup, verify, wabaWithNumber } from './helpers.js';

describe('register / deregister lifecycle', () => {
  it('register on an unverified number gets 133006', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    const answer = await register(sim, phoneId);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 133006, message: '(#133006) Phone number re-verification needed' });
    expect(answer.body.error.error_data).toEqual({ messaging_product: 'whatsapp', details: expect.stringContaining('NOT_VERIFIED') });
    expect(sim.state.phoneNumber(phoneId)?.status).toBe('PENDING');
  });

  it('verified → register → CONNECTED on CLOUD_API; deregister → DISCONNECTED', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await verify(sim, phoneId);
    expect((await register(sim, phoneId)).body).toEqual({ success: true });
    const connected = await call(sim, 'GET', `/${phoneId}?fields=status,platform_type,is_pin_enabled,throughput`);
    expect(connected.body).toEqual({
      status: 'CONNECTED',
      platform_type: 'CLOUD_API',
      is_pin_enabled: true,
      throughput: { level: 'STANDARD' },
      id: phoneId,
    });
    expect((await call(sim, 'POST', `/${phoneId}/deregister`)).body).toEqual({ success: true });
    const after = await call(sim, 'GET', `/${phoneId}?fields=status,platform_type`);
    expect(after.body).toMatchObject({ status: 'DISCONNECTED', platform_type: 'NOT_APPLICABLE' });
  });

  it('register after the verification expired gets 133006', async () => {
    const { sim, clock } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await verify(sim, phoneId);
    clock.advance(15 * DAY);
    expect(codeOf(await register(sim, phoneId))).toBe(133006);
  });

  it('re-verification is needed after a deregister once VERIFIED expired', async () => {
    const { sim, clock } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await verify(sim, phoneId);
    await register(sim, phoneId);
    await call(sim, 'POST', `/${phoneId}/deregister`);
    clock.advance(15 * DAY);
    expect(codeOf(await register(sim, phoneId))).toBe(133006);
    await verify(sim, phoneId);
    expect((await register(sim, phoneId)).status).toBe(200);
  });

  it('operations needing a registered number get 133010; deregistering an unregistered one too', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    sim.customers.messaged(phoneId, '16505551234');
    const block = await call(sim, 'POST', `/${phoneId}/block_users`, { messaging_product: 'whatsapp', block_users: [{ user: '16505551234' }] });
    expect(codeOf(block)).toBe(133010);
    expect(block.body.error.message).toBe('(#133010) Phone number Not Registered');
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/deregister`))).toBe(133010);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}`, { pin: '123456' }))).toBe(133010);
  });

  it('validates messaging_product and the PIN format', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await verify(sim, phoneId);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/register`, { pin: '123456' }))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/register`, { messaging_product: 'sms', pin: '123456' }))).toBe(100);
    const shortPin = await register(sim, phoneId, '12345');
    expect(codeOf(shortPin)).toBe(100);
    expect(JSON.stringify(shortPin.body)).not.toContain('12345');
  });

  it('cannot deregister a coexistence (WhatsApp Business app) number', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, isOnBizApp: true });
    expect(codeOf(await call(sim, 'POST', `/${phone.id}/deregister`))).toBe(100);
    expect(sim.state.phoneNumber(phone.id)?.status).toBe('CONNECTED');
  });
});
