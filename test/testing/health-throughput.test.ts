import { describe, expect, it } from 'vitest';
import { call, setup } from './helpers.js';

describe('health_status and throughput', () => {
  it('an unregistered number is BLOCKED with 133010 and has no throughput level', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: waba.id });
    const answer = await call(sim, 'GET', `/${phone.id}?fields=health_status,throughput`);
    expect(answer.body.throughput).toEqual({ level: 'NOT_APPLICABLE' });
    expect(answer.body.health_status.can_send_message).toBe('BLOCKED');
    expect(answer.body.health_status.entities[0]).toMatchObject({
      entity_type: 'PHONE_NUMBER',
      id: phone.id,
      can_send_message: 'BLOCKED',
      errors: [expect.objectContaining({ error_code: 133010 })],
    });
    expect(answer.body.health_status.entities.map((e: { entity_type: string }) => e.entity_type)).toEqual(['PHONE_NUMBER', 'WABA', 'BUSINESS', 'APP']);
  });

  it('a registered GREEN number is AVAILABLE; RED is LIMITED; HIGH throughput shows', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const good = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, throughputLevel: 'HIGH' });
    const red = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, qualityRating: 'RED' });
    const goodAnswer = await call(sim, 'GET', `/${good.id}?fields=health_status,throughput`);
    expect(goodAnswer.body.health_status.can_send_message).toBe('AVAILABLE');
    expect(goodAnswer.body.throughput).toEqual({ level: 'HIGH' });
    const redAnswer = await call(sim, 'GET', `/${red.id}?fields=health_status,quality_rating`);
    expect(redAnswer.body.quality_rating).toBe('RED');
    expect(redAnswer.body.health_status.can_send_message).toBe('LIMITED');
  });

  it('a WABA under review blocks sending (WABA node health too)', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba({ accountReviewStatus: 'PENDING' });
    const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true });
    expect((await call(sim, 'GET', `/${phone.id}?fields=health_status`)).body.health_status.can_send_message).toBe('BLOCKED');
    const wabaHealth = await call(sim, 'GET', `/${waba.id}?fields=health_status`);
    expect(wabaHealth.body.health_status.entities[0]).toMatchObject({ entity_type: 'WABA', can_send_message: 'BLOCKED' });
  });
});
