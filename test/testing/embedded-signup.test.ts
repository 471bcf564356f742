import { describe, expect, it } from 'vitest';
import { GRAPH_V, setup } from './helpers.js';
import type { GraphSimulator } from '../../src/testing/index.js';

async function exchange(sim: GraphSimulator, query: Record<string, string>) {
  const response = await sim.fetch(`${GRAPH_V}/oauth/access_token?${new URLSearchParams(query).toString()}`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe('Embedded Signup helpers', () => {
  it('exchanges a fresh code once for a token scoped to the WABA, visible in debug_token', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ secret: 'app-secret', name: 'Partner App' });
    const waba = sim.seed.waba();
    const code = sim.embeddedSignup.issueCode({ appId: app.id, wabaId: waba.id });
    const answer = await exchange(sim, { client_id: app.id, client_secret: 'app-secret', code });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ access_token: expect.stringMatching(/^EAAG/), token_type: 'bearer' });
    const token = answer.body['access_token'] as string;
    expect(sim.state.hasToken(token)).toBe(true);

    const debug = await sim.fetch(`${GRAPH_V}/debug_token?input_token=${token}`, { headers: { authorization: `Bearer ${app.id}|app-secret` } });
    const data = ((await debug.json()) as { data: Record<string, unknown> }).data;
    expect(data).toMatchObject({ app_id: app.id, is_valid: true, application: 'Partner App' });
    expect(data['granular_scopes']).toContainEqual({ scope: 'whatsapp_business_management', target_ids: [waba.id] });

    // Single use.
    const again = await exchange(sim, { client_id: app.id, client_secret: 'app-secret', code });
    expect(again.body['error']).toMatchObject({ code: 100, error_subcode: 36009 });
    // The token works on its WABA only.
    const own = await sim.fetch(`${GRAPH_V}/${waba.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(own.status).toBe(200);
    const other = await sim.fetch(`${GRAPH_V}/${sim.seed.waba().id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { code: number } }).error.code).toBe(200);
  });

  it('a code older than 30 s of simulator time is expired (#100) with a clear message', async () => {
    const { sim, clock } = setup();
    const app = sim.seed.app({ secret: 'app-secret' });
    const waba = sim.seed.waba();
    const code = sim.embeddedSignup.issueCode({ appId: app.id, wabaId: waba.id });
    clock.advance(30_001);
    const answer = await exchange(sim, { client_id: app.id, client_secret: 'app-secret', code });
    expect(answer.status).toBe(400);
    expect(answer.body['error']).toMatchObject({ code: 100, error_subcode: 36007 });
    expect(answer.body['error'].message).toContain('expired');
    expect(JSON.stringify(answer.body)).not.toContain(code);
  });

  it('checks the app id, the secret and the code without echoing secrets', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ secret: 'app-secret' });
    const code = sim.embeddedSignup.issueCode({ appId: app.id, wabaId: sim.seed.waba().id });
    const wrongSecret = await exchange(sim, { client_id: app.id, client_secret: 'nope-secret', code });
    expect(wrongSecret.body['error']).toMatchObject({ code: 1, message: 'Error validating client secret.' });
    expect(JSON.stringify(wrongSecret.body)).not.toContain('nope-secret');
    expect((await exchange(sim, { client_id: '42', client_secret: 'x', code })).body['error'].code).toBe(101);
    expect((await exchange(sim, { client_id: app.id, client_secret: 'app-secret', code: 'bogus' })).body['error'].code).toBe(100);
    expect(() => sim.embeddedSignup.issueCode({ appId: '1', wabaId: '2' })).toThrow(/unknown app/);
  });

  it('debug_token reports unknown tokens as invalid', async () => {
    const { sim } = setup();
    const response = await sim.fetch(`${GRAPH_V}/debug_token?input_token=unknown`, { headers: { authorization: 'Bearer test-token' } });
    expect(((await response.json()) as { data: Record<string, unknown> }).data).toMatchObject({ is_valid: false });
  });
});
