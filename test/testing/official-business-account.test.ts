import { describe, expect, it } from 'vitest';
import { call, codeOf, DAY, setup } from './helpers.js';

const application = {
  business_website_url: 'https://example.com',
  primary_country_of_operation: 'US',
  primary_language: 'English',
  supporting_links: ['https://news.example/a'],
};

describe('official_business_account', () => {
  it('submits an application (PENDING) that review approves', async () => {
    const { sim } = setup();
    const business = sim.seed.business({ verified: true });
    const waba = sim.seed.waba({ businessId: business.id });
    const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true });
    expect((await call(sim, 'GET', `/${phone.id}?fields=official_business_account`)).body.official_business_account).toEqual({ oba_status: 'NOT_STARTED' });
    expect((await call(sim, 'POST', `/${phone.id}/official_business_account`, application)).body).toEqual({ success: true });
    expect((await call(sim, 'GET', `/${phone.id}?fields=official_business_account`)).body.official_business_account).toEqual({ oba_status: 'PENDING' });
    expect(codeOf(await call(sim, 'POST', `/${phone.id}/official_business_account`, application))).toBe(100);
    sim.review.approveOba(phone.id);
    const read = await call(sim, 'GET', `/${phone.id}?fields=official_business_account,is_official_business_account`);
    expect(read.body).toMatchObject({ official_business_account: { oba_status: 'APPROVED' }, is_official_business_account: true });
  });

  it('checks eligibility and the 30-day wait after a rejection', async () => {
    const { sim, clock } = setup();
    const unverified = sim.seed.phoneNumber({ wabaId: sim.seed.waba().id, registered: true });
    const refused = await call(sim, 'POST', `/${unverified.id}/official_business_account`, application);
    expect(refused.body.error.error_data.details).toContain('business must be verified');

    const business = sim.seed.business({ verified: true });
    const phone = sim.seed.phoneNumber({ wabaId: sim.seed.waba({ businessId: business.id }).id, registered: true });
    expect(codeOf(await call(sim, 'POST', `/${phone.id}/official_business_account`, { ...application, supporting_links: Array(6).fill('https://a.b') }))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phone.id}/official_business_account`, { primary_language: 'English' }))).toBe(100);
    await call(sim, 'POST', `/${phone.id}/official_business_account`, application);
    sim.review.rejectOba(phone.id);
    const early = await call(sim, 'POST', `/${phone.id}/official_business_account`, application);
    expect(early.body.error.error_data.details).toContain('apply again in 30 days');
    clock.advance(30 * DAY);
    expect((await call(sim, 'POST', `/${phone.id}/official_business_account`, application)).status).toBe(200);
  });
});
