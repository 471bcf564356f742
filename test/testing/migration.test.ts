import { describe, expect, it } from 'vitest';
import { call, codeOf, register, setup, verify } from './helpers.js';

describe('migration (migrate_phone_number: true)', () => {
  it('works once the source released the number; the source copy becomes MIGRATED after register', async () => {
    const { sim } = setup();
    const source = sim.seed.phoneNumber({ wabaId: 'other', cc: '1', phoneNumber: '6315550150', registered: true, verifiedName: 'Kept Name', qualityRating: 'YELLOW' });
    const destination = sim.seed.waba();
    const add = () => call(sim, 'POST', `/${destination.id}/phone_numbers`, { cc: '1', phone_number: '6315550150', migrate_phone_number: true });

    const blocked = await add();
    expect(codeOf(blocked)).toBe(2388103);
    expect(blocked.body.error.error_data.details).toContain('has not released');

    sim.release(source.id);
    const added = await add();
    expect(added.status).toBe(200);
    const newId = added.body.id as string;
    expect(newId).not.toBe(source.id);
    expect(sim.state.phoneNumber(newId)).toMatchObject({ verifiedName: 'Kept Name', qualityRating: 'YELLOW', status: 'PENDING' });
    expect(codeOf(await register(sim, newId))).toBe(133006);
    await verify(sim, newId);
    expect((await register(sim, newId, '654321')).status).toBe(200);

    expect(sim.state.phoneNumber(source.id)?.status).toBe('MIGRATED');
    expect((await call(sim, 'GET', `/${source.id}?fields=status`)).body.status).toBe('MIGRATED');
    const sourceList = await call(sim, 'GET', '/other/phone_numbers');
    expect(sourceList.body.data).toEqual([]);
    const destinationList = await call(sim, 'GET', `/${destination.id}/phone_numbers?fields=status`);
    expect(destinationList.body.data).toEqual([{ status: 'CONNECTED', id: newId }]);
  });

  it('answers 2388103 with details when the number is on no other WABA', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const answer = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550151', migrate_phone_number: true });
    expect(answer.body.error).toMatchObject({ code: 2388103, message: '(#2388103) Migration blocked' });
    expect(answer.body.error.error_data.details).toContain('can be added directly');
  });

  it('answers 2388012 when the number is already on this WABA', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    sim.seed.phoneNumber({ wabaId: waba.id, cc: '1', phoneNumber: '6315550152' });
    const answer = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550152', migrate_phone_number: true });
    expect(codeOf(answer)).toBe(2388012);
  });

  it('refuses a plain add of a number that lives on another WABA, and a migration with a pending name change', async () => {
    const { sim } = setup();
    const source = sim.seed.phoneNumber({ wabaId: 'other', cc: '1', phoneNumber: '6315550153', registered: true, releasedForMigration: true });
    const waba = sim.seed.waba();
    const plain = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550153', verified_name: 'Shop' });
    expect(codeOf(plain)).toBe(100);
    expect(plain.body.error.error_data.details).toContain('migrate_phone_number');
    await call(sim, 'POST', `/${source.id}`, { new_display_name: 'Renamed' });
    const pending = await call(sim, 'POST', `/${waba.id}/phone_numbers`, { cc: '1', phone_number: '6315550153', migrate_phone_number: true });
    expect(codeOf(pending)).toBe(2388103);
    expect(pending.body.error.error_data.details).toContain('pending display name change');
  });
});
