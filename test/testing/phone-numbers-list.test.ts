import { describe, expect, it } from 'vitest';
import { call, codeOf, DAY, setup } from './helpers.js';
import type { GraphSimulator } from '../../src/testing/index.js';

function threeNumbers(sim: GraphSimulator) {
  const waba = sim.seed.waba();
  const start = sim.now();
  // created: a < b < c ; onboarded: b < c < a
  const a = sim.seed.phoneNumber({ wabaId: waba.id, createdTime: start, lastOnboardedTime: start + 3 * DAY, accountMode: 'SANDBOX' });
  const b = sim.seed.phoneNumber({ wabaId: waba.id, createdTime: start + DAY, lastOnboardedTime: start + DAY });
  const c = sim.seed.phoneNumber({ wabaId: waba.id, createdTime: start + 2 * DAY, lastOnboardedTime: start + 2 * DAY });
  return { waba, a, b, c };
}

const ids = (answer: { body: { data: { id: string }[] } }) => answer.body.data.map((item) => item.id);

describe('GET /{waba}/phone_numbers', () => {
  it('returns the default fields, newest onboarding first', async () => {
    const { sim } = setup();
    const { waba, a, b, c } = threeNumbers(sim);
    const answer = await call(sim, 'GET', `/${waba.id}/phone_numbers`);
    expect(ids(answer)).toEqual([a.id, c.id, b.id]);
    expect(Object.keys(answer.body.data[0]).sort()).toEqual(['display_phone_number', 'id', 'quality_rating', 'verified_name']);
    expect(answer.body.data[0].display_phone_number).toMatch(/^\+1 555-\d{3}-\d{4}$/);
  });

  it('sorts by the documented values, bare or as a JSON array', async () => {
    const { sim } = setup();
    const { waba, a, b, c } = threeNumbers(sim);
    const sorted = async (sort: string) => ids(await call(sim, 'GET', `/${waba.id}/phone_numbers?sort=${encodeURIComponent(sort)}`));
    expect(await sorted('last_onboarded_time_ascending')).toEqual([b.id, c.id, a.id]);
    expect(await sorted('last_onboarded_time_descending')).toEqual([a.id, c.id, b.id]);
    expect(await sorted('creation_time_ascending')).toEqual([a.id, b.id, c.id]);
    expect(await sorted("['creation_time_descending']")).toEqual([c.id, b.id, a.id]);
    expect(await sorted('["creation_time_descending"]')).toEqual([c.id, b.id, a.id]);
  });

  it("rejects the spec's .asc/.desc sort forms with (#100)", async () => {
    const { sim } = setup();
    const { waba } = threeNumbers(sim);
    const answer = await call(sim, 'GET', `/${waba.id}/phone_numbers?sort=last_onboarded_time.desc`);
    expect(codeOf(answer)).toBe(100);
    expect(answer.body.error.message).toBe('(#100) Cannot sort by last_onboarded_time.desc');
  });

  it('selects fields and rejects unknown ones', async () => {
    const { sim } = setup();
    const { waba } = threeNumbers(sim);
    const answer = await call(sim, 'GET', `/${waba.id}/phone_numbers?fields=status,code_verification_status,platform_type`);
    expect(answer.body.data[0]).toEqual({
      status: 'PENDING',
      code_verification_status: 'NOT_VERIFIED',
      platform_type: 'NOT_APPLICABLE',
      id: expect.any(String),
    });
    const bad = await call(sim, 'GET', `/${waba.id}/phone_numbers?fields=id,unified_cert_status`);
    expect(bad.body.error.message).toContain('nonexisting field (unified_cert_status)');
  });

  it('filters on account_mode and wants JSON booleans for is_official_business_account', async () => {
    const { sim } = setup();
    const { waba, a } = threeNumbers(sim);
    const filter = (rules: unknown) => `/${waba.id}/phone_numbers?filtering=${encodeURIComponent(JSON.stringify(rules))}`;
    const sandbox = await call(sim, 'GET', filter([{ field: 'account_mode', operator: 'EQUAL', value: 'SANDBOX' }]));
    expect(ids(sandbox)).toEqual([a.id]);
    const live = await call(sim, 'GET', filter([{ field: 'account_mode', operator: 'EQUAL', value: 'LIVE' }]));
    expect(ids(live)).toHaveLength(2);
    const obaBool = await call(sim, 'GET', filter([{ field: 'is_official_business_account', operator: 'EQUAL', value: false }]));
    expect(ids(obaBool)).toHaveLength(3);
    const obaString = await call(sim, 'GET', filter([{ field: 'is_official_business_account', operator: 'EQUAL', value: 'false' }]));
    expect(codeOf(obaString)).toBe(100);
    const notJson = await call(sim, 'GET', `/${waba.id}/phone_numbers?filtering=%5Bnope`);
    expect(codeOf(notJson)).toBe(100);
  });

  it('pages with limit and the after cursor, and counts with summary=total_count', async () => {
    const { sim } = setup();
    const { waba, a, b, c } = threeNumbers(sim);
    const first = await call(sim, 'GET', `/${waba.id}/phone_numbers?limit=2&summary=total_count`);
    expect(ids(first)).toEqual([a.id, c.id]);
    expect(first.body.summary).toEqual({ total_count: 3 });
    expect(first.body.paging.next).toContain('after=');
    expect(first.body.paging.next).not.toContain('access_token');
    const after = first.body.paging.cursors.after as string;
    const second = await call(sim, 'GET', `/${waba.id}/phone_numbers?limit=2&after=${after}`);
    expect(ids(second)).toEqual([b.id]);
    expect(second.body.paging.next).toBeUndefined();
    expect(second.body.paging.previous).toContain('before=');
    const next = await sim.handle(new Request(first.body.paging.next as string, { headers: { authorization: 'Bearer test-token' } }));
    expect(((await next.json()) as { data: { id: string }[] }).data.map((p) => p.id)).toEqual([b.id]);
    expect(codeOf(await call(sim, 'GET', `/${waba.id}/phone_numbers?after=garbage`))).toBe(100);
    expect(codeOf(await call(sim, 'GET', `/${waba.id}/phone_numbers?limit=0`))).toBe(100);
  });
});
