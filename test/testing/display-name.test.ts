import { describe, expect, it } from 'vitest';
import { call, codeOf, DAY, register, registeredNumber, setup } from './helpers.js';

describe('display-name change', () => {
  it('new_display_name → PENDING_REVIEW; approval + re-register applies it', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    expect((await call(sim, 'POST', `/${phoneId}?new_display_name=Lucky%20Shrub`)).body).toEqual({ success: true });
    const pending = await call(sim, 'GET', `/${phoneId}?fields=verified_name,new_display_name,new_name_status`);
    expect(pending.body).toMatchObject({ verified_name: 'Simulated Business', new_display_name: 'Lucky Shrub', new_name_status: 'PENDING_REVIEW' });
    // Re-registering before approval has no effect.
    await register(sim, phoneId);
    expect(sim.state.phoneNumber(phoneId)?.verifiedName).toBe('Simulated Business');

    const webhook = sim.review.approveDisplayName(phoneId);
    expect(webhook.entry[0]?.changes[0]).toMatchObject({
      field: 'phone_number_name_update',
      value: { decision: 'APPROVED', requested_verified_name: 'Lucky Shrub' },
    });
    expect((await call(sim, 'GET', `/${phoneId}?fields=new_name_status`)).body.new_name_status).toBe('APPROVED');
    clock.advance(DAY);
    await register(sim, phoneId);
    const applied = await call(sim, 'GET', `/${phoneId}?fields=verified_name,name_status,new_name_status`);
    expect(applied.body).toEqual({ verified_name: 'Lucky Shrub', name_status: 'APPROVED', id: phoneId });
  });

  it('an approved name not re-registered within 14 days expires', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    await call(sim, 'POST', `/${phoneId}`, { new_display_name: 'Later Name' });
    sim.review.approveDisplayName(phoneId);
    clock.advance(15 * DAY);
    expect((await call(sim, 'GET', `/${phoneId}?fields=new_name_status`)).body.new_name_status).toBe('EXPIRED');
    await register(sim, phoneId);
    expect(sim.state.phoneNumber(phoneId)?.verifiedName).toBe('Simulated Business');
  });

  it('a rejection declines the name', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    await call(sim, 'POST', `/${phoneId}`, { new_display_name: 'Bad Name' });
    const webhook = sim.review.rejectDisplayName(phoneId, 'NAME_NOT_CONSISTENT');
    expect(webhook.entry[0]?.changes[0]?.value).toMatchObject({ decision: 'REJECTED', rejection_reason: 'NAME_NOT_CONSISTENT' });
    expect((await call(sim, 'GET', `/${phoneId}?fields=new_name_status`)).body.new_name_status).toBe('DECLINED');
    expect(() => sim.review.approveDisplayName(phoneId)).toThrow(/no display name pending/);
  });

  it('allows 10 changes per 30 days', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 10; i += 1) {
      expect((await call(sim, 'POST', `/${phoneId}`, { new_display_name: `Name ${i}` })).status).toBe(200);
      clock.advance(DAY);
    }
    const eleventh = await call(sim, 'POST', `/${phoneId}`, { new_display_name: 'One Too Many' });
    expect(codeOf(eleventh)).toBe(100);
    expect(eleventh.body.error.error_data.details).toContain('10 changes per 30 days');
    clock.advance(21 * DAY); // the first change is now older than 30 days
    expect((await call(sim, 'POST', `/${phoneId}`, { new_display_name: 'Now Fine' })).status).toBe(200);
  });
});
