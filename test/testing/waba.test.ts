import { describe, expect, it } from 'vitest';
import { call, codeOf, setup } from './helpers.js';

describe('WABA node', () => {
  it('returns id and name by default, and the requested fields', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba({ name: 'Acme', currency: 'BRL' });
    const plain = await call(sim, 'GET', `/${waba.id}`);
    expect(plain.status).toBe(200);
    expect(plain.body).toEqual({ id: waba.id, name: 'Acme' });
    const some = await call(sim, 'GET', `/${waba.id}?fields=currency,account_review_status,business_verification_status,ownership_type`);
    expect(some.body).toEqual({
      currency: 'BRL',
      account_review_status: 'APPROVED',
      business_verification_status: 'not_verified',
      ownership_type: 'SELF',
      id: waba.id,
    });
  });

  it('rejects an unknown field with (#100) nonexisting field', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const answer = await call(sim, 'GET', `/${waba.id}?fields=name,unified_cert_status`);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 100, type: 'OAuthException' });
    expect(answer.body.error.message).toBe(
      '(#100) Tried accessing nonexisting field (unified_cert_status) on node type (WhatsAppBusinessAccount)',
    );
    expect(answer.body.error.fbtrace_id).toMatch(/^A[\w-]{22}$/);
  });

  it('updates the boolean settings and needs at least one', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    expect((await call(sim, 'POST', `/${waba.id}`, { is_enabled_for_insights: true })).body).toEqual({ success: true });
    expect(sim.state.waba(waba.id)?.isEnabledForInsights).toBe(true);
    const empty = await call(sim, 'POST', `/${waba.id}`, {});
    expect(codeOf(empty)).toBe(100);
    const wrongType = await call(sim, 'POST', `/${waba.id}`, { template_auto_archival_enabled: 'maybe' });
    expect(codeOf(wrongType)).toBe(100);
  });

  it('answers 100/33 for an unknown object and 2500 for an unknown edge', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const missing = await call(sim, 'GET', '/999999999999999');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 100, error_subcode: 33, type: 'GraphMethodException' });
    const edge = await call(sim, 'GET', `/${waba.id}/no_such_edge`);
    expect(edge.body.error).toMatchObject({ code: 2500, message: 'Unknown path components: /no_such_edge' });
    const method = await call(sim, 'DELETE', `/${waba.id}`);
    expect(method.body.error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  it('lists the WABAs a business owns', async () => {
    const { sim } = setup();
    const business = sim.seed.business({ name: 'Portfolio', verified: true });
    const a = sim.seed.waba({ businessId: business.id });
    const b = sim.seed.waba({ businessId: business.id });
    sim.seed.waba();
    const node = await call(sim, 'GET', `/${business.id}?fields=name,verification_status`);
    expect(node.body).toEqual({ name: 'Portfolio', verification_status: 'verified', id: business.id });
    const owned = await call(sim, 'GET', `/${business.id}/owned_whatsapp_business_accounts`);
    expect(owned.body.data.map((w: { id: string }) => w.id).sort()).toEqual([a.id, b.id].sort());
    expect((await call(sim, 'GET', `/${business.id}/client_whatsapp_business_accounts`)).body).toEqual({ data: [] });
  });
});
