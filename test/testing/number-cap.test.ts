import { describe, expect, it } from 'vitest';
import { codeOf, register, setup, verify } from './helpers.js';

describe('registered numbers per business', () => {
  it('allows 2 registered numbers before business verification, 20 after', async () => {
    const { sim } = setup();
    const business = sim.seed.business();
    const wabaA = sim.seed.waba({ businessId: business.id });
    const wabaB = sim.seed.waba({ businessId: business.id });
    sim.seed.phoneNumber({ wabaId: wabaA.id, registered: true });
    sim.seed.phoneNumber({ wabaId: wabaB.id, registered: true });
    const third = sim.seed.phoneNumber({ wabaId: wabaB.id });
    await verify(sim, third.id);
    const refused = await register(sim, third.id);
    expect(codeOf(refused)).toBe(100);
    expect(refused.body.error.error_data.details).toContain('limit of 2 registered phone numbers');
    expect(sim.state.phoneNumber(third.id)?.status).toBe('PENDING');

    const webhook = sim.review.verifyBusiness(business.id);
    expect(webhook.entry[0]?.changes[0]?.value).toMatchObject({ max_phone_numbers_per_business: 20 });
    expect((await register(sim, third.id)).status).toBe(200);
  });

  it('does not count numbers of other businesses, and honours a custom cap', async () => {
    const { sim } = setup();
    const other = sim.seed.waba();
    sim.seed.phoneNumber({ wabaId: other.id, registered: true });
    sim.seed.phoneNumber({ wabaId: other.id, registered: true });
    const business = sim.seed.business({ maxPhoneNumbers: 1 });
    const waba = sim.seed.waba({ businessId: business.id });
    const first = sim.seed.phoneNumber({ wabaId: waba.id });
    const second = sim.seed.phoneNumber({ wabaId: waba.id });
    await verify(sim, first.id);
    await verify(sim, second.id);
    expect((await register(sim, first.id)).status).toBe(200);
    expect(codeOf(await register(sim, second.id))).toBe(100);
  });
});
