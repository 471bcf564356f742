import { describe, expect, it } from 'vitest';
import { call, codeOf, DAY, registeredNumber, setup } from './helpers.js';

const body = (users: string[]) => ({ messaging_product: 'whatsapp', block_users: users.map((user) => ({ user })) });

describe('block_users', () => {
  it('blocks users who messaged in the last 24 h, lists and unblocks them', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    sim.customers.messaged(phoneId, '16505551234');
    const blocked = await call(sim, 'POST', `/${phoneId}/block_users`, body(['+1 650-555-1234']));
    expect(blocked.status).toBe(200);
    expect(blocked.body).toEqual({
      messaging_product: 'whatsapp',
      block_users: { added_users: [{ input: '+1 650-555-1234', wa_id: '16505551234' }] },
    });
    const list = await call(sim, 'GET', `/${phoneId}/block_users`);
    expect(list.body.data).toEqual([{ messaging_product: 'whatsapp', wa_id: '16505551234' }]);
    const removed = await call(sim, 'DELETE', `/${phoneId}/block_users`, body(['16505551234']));
    expect(removed.body.block_users).toEqual({ removed_users: [{ input: '16505551234', wa_id: '16505551234' }] });
    expect((await call(sim, 'GET', `/${phoneId}/block_users`)).body).toEqual({ data: [] });
  });

  it('fails users without a message in 24 h with 131047 inside failed_users, and answers 139100', async () => {
    const { sim, clock } = setup();
    const { phoneId } = registeredNumber(sim);
    sim.customers.messaged(phoneId, '16505550001');
    sim.customers.messaged(phoneId, '16505550002');
    clock.advance(DAY + 1);
    sim.customers.messaged(phoneId, '16505550002');
    const answer = await call(sim, 'POST', `/${phoneId}/block_users`, body(['16505550001', '16505550002', '16505559999']));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 139100, message: '(#139100) Failed to block/unblock users' });
    expect(answer.body.block_users.added_users).toEqual([{ input: '16505550002', wa_id: '16505550002' }]);
    expect(answer.body.block_users.failed_users.map((u: { wa_id: string; errors: { code: number }[] }) => [u.wa_id, u.errors[0]?.code])).toEqual([
      ['16505550001', 131047],
      ['16505559999', 131047],
    ]);
    expect([...(sim.state.phoneNumber(phoneId)?.blocked.keys() ?? [])]).toEqual(['16505550002']);
  });

  it('refuses to block the number itself (131021)', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const phone = sim.state.phoneNumber(phoneId)!;
    const own = `${phone.cc}${phone.nationalNumber}`;
    sim.customers.messaged(phoneId, own);
    const answer = await call(sim, 'POST', `/${phoneId}/block_users`, body([own]));
    expect(answer.body.block_users.failed_users[0].errors[0].code).toBe(131021);
  });

  it('takes at most 1,000 users per request (130429)', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const users = Array.from({ length: 1001 }, (_, i) => `1650${String(i).padStart(7, '0')}`);
    const answer = await call(sim, 'POST', `/${phoneId}/block_users`, body(users));
    expect(codeOf(answer)).toBe(130429);
  });

  it('holds at most 64,000 blocked users (139101)', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const user = (i: number) => `1${String(i).padStart(10, '0')}`;
    for (let i = 0; i < 64_001; i += 1) sim.customers.messaged(phoneId, user(i));
    for (let batch = 0; batch < 64; batch += 1) {
      const users = Array.from({ length: 1000 }, (_, i) => user(batch * 1000 + i));
      const answer = await call(sim, 'POST', `/${phoneId}/block_users`, body(users));
      if (answer.status !== 200) throw new Error(`batch ${batch} failed: ${JSON.stringify(answer.body.error)}`);
    }
    const over = await call(sim, 'POST', `/${phoneId}/block_users`, body([user(64_000)]));
    expect(codeOf(over)).toBe(139101);
    expect(sim.state.phoneNumber(phoneId)?.blocked.size).toBe(64_000);
  }, 60_000);
});
