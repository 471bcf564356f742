import { describe, expect, it } from 'vitest';
import { call, codeOf, setup } from './helpers.js';

describe('POST /{waba}/phone_numbers (add)', () => {
  it('adds a number and answers its new id', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const answer = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550100', verified_name: 'Lucky Shrub' });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ id: expect.stringMatching(/^[1-9]\d{14}$/) });
    const phone = sim.state.phoneNumber(answer.body.id as string);
    expect(phone).toMatchObject({ wabaId: waba.id, cc: '1', nationalNumber: '6315550100', status: 'PENDING', verifiedName: 'Lucky Shrub' });
    const read = await call(sim, 'GET', `/${answer.body.id as string}?fields=display_phone_number,code_verification_status,name_status`);
    expect(read.body).toMatchObject({ display_phone_number: '+1 631-555-0100', code_verification_status: 'NOT_VERIFIED', name_status: 'PENDING_REVIEW' });
  });

  it('validates cc, phone_number and verified_name with (#100)', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const add = (body: Record<string, unknown>) => call(sim, 'POST', `/${waba.id}/phone_numbers`, body);
    expect(codeOf(await add({ phone_number: '6315550100', verified_name: 'X Y' }))).toBe(100);
    expect(codeOf(await add({ cc: '1', phone_number: '+16315550100', verified_name: 'Shop' }))).toBe(100);
    expect(codeOf(await add({ cc: '1', phone_number: '12', verified_name: 'Shop' }))).toBe(100);
    expect(codeOf(await add({ cc: '1', phone_number: '6315550100' }))).toBe(100);
    expect(sim.state.phoneNumbers(waba.id)).toHaveLength(0);
  });

  it('answers 2388012 when the number is already on this WABA', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    sim.seed.phoneNumber({ wabaId: waba.id, cc: '44', phoneNumber: '7700900123' });
    const again = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '44', phone_number: '7700900123', verified_name: 'Shop' });
    expect(codeOf(again)).toBe(2388012);
    expect(again.body.error.message).toBe('(#2388012) Phone number already in your list');
  });

  it('needs an APPROVED WABA', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba({ accountReviewStatus: 'PENDING' });
    const answer = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550100', verified_name: 'Shop' });
    expect(codeOf(answer)).toBe(100);
    expect(answer.body.error.error_data.details).toContain('not approved');
    sim.review.setWabaReviewStatus(waba.id, 'APPROVED');
    expect((await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550100', verified_name: 'Shop' })).status).toBe(200);
  });

  it('accepts form-encoded and query parameters like Graph', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const form = await sim.handle(
      new Request(`https://graph.facebook.com/v23.0/${waba.id}/phone_numbers?cc=1`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-token', 'content-type': 'application/x-www-form-urlencoded' },
        body: 'phone_number=6315550199&verified_name=Form%20Shop',
      }),
    );
    expect(form.status).toBe(200);
    expect(sim.state.phoneNumbers(waba.id)[0]?.verifiedName).toBe('Form Shop');
  });
});
