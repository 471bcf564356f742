import { describe, expect, it } from 'vitest';
import { WabaClient } from '../../src/client.js';
import { GRAPH_V, setup, TOKEN } from './helpers.js';
import type { GraphSimulator } from '../../src/testing/index.js';

/** Graph's batch endpoint as the simulator answers it (src/testing/pipeline/batch.ts). */
async function batch(sim: GraphSimulator, form: Record<string, string>, token: string | null = TOKEN) {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  const response = await sim.fetch(`${GRAPH_V}/`, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  // Tests read arbitrary JSON paths of the answer.
  return { status: response.status, body: (await response.json()) as any };
}

describe('the batch endpoint (POST /{version}/ with batch=[…])', () => {
  it('runs each GET as its own request and answers [{ code, body }] in order, without headers when asked', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const items = [
      { method: 'GET', relative_url: `${waba.id}?fields=id` },
      { method: 'GET', relative_url: '999999999999999' },
    ];
    const answer = await batch(sim, { batch: JSON.stringify(items), include_headers: 'false' });
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(2);
    expect(answer.body[0]).toEqual({ code: 200, body: expect.any(String) });
    expect(JSON.parse(answer.body[0].body)).toMatchObject({ id: waba.id });
    // A failed item fails alone: the batch itself is still a 200.
    expect(answer.body[1].code).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(answer.body[1].body).error.code).toBe(100);
  });

  it('includes each answer\'s headers by default', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const answer = await batch(sim, { batch: JSON.stringify([{ method: 'get', relative_url: `/${waba.id}` }]) });
    expect(answer.body[0].headers).toContainEqual({ name: 'content-type', value: expect.stringContaining('application/json') });
  });

  it('reads debug_token through a batch with an app token, so input_token never needs a URL', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ secret: 'app-secret' });
    const waba = sim.seed.waba();
    const code = sim.embeddedSignup.issueCode({ appId: app.id, wabaId: waba.id });
    const exchanged = await sim.fetch(`${GRAPH_V}/oauth/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: app.id, client_secret: 'app-secret', code }).toString(),
    });
    const token = ((await exchanged.json()) as { access_token: string }).access_token;
    const items = [{ method: 'GET', relative_url: `debug_token?input_token=${encodeURIComponent(token)}` }];
    const answer = await batch(sim, { batch: JSON.stringify(items), include_headers: 'false' }, `${app.id}|app-secret`);
    expect(answer.body[0].code).toBe(200);
    expect(JSON.parse(answer.body[0].body).data.granular_scopes).toContainEqual({ scope: 'whatsapp_business_management', target_ids: [waba.id] });
  });

  it('authenticates the batch itself: no token is a 401 for the whole batch', async () => {
    const { sim } = setup();
    const answer = await batch(sim, { batch: JSON.stringify([{ method: 'GET', relative_url: 'me' }]) }, null);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe(190);
  });

  it('passes the batch\'s appsecret_proof on to every item (an app that requires proofs)', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ secret: 'app-secret', requireAppSecretProof: true });
    const waba = sim.seed.waba();
    sim.seed.token('proof-token', { appId: app.id });
    const items = JSON.stringify([{ method: 'GET', relative_url: waba.id }]);
    const without = await batch(sim, { batch: items }, 'proof-token');
    expect(without.status).toBe(400);
    const { createHmac } = await import('node:crypto');
    const proof = createHmac('sha256', 'app-secret').update('proof-token').digest('hex');
    const withProof = await batch(sim, { batch: items, appsecret_proof: proof, include_headers: 'false' }, 'proof-token');
    expect(withProof.status).toBe(200);
    expect(withProof.body[0].code).toBe(200);
  });

  it.each([
    ['no batch at all', {}],
    ['a batch that is not JSON', { batch: '[{' }],
    ['an empty batch', { batch: '[]' }],
    ['more than 50 requests', { batch: JSON.stringify(Array.from({ length: 51 }, () => ({ method: 'GET', relative_url: 'me' }))) }],
    ['an unknown method', { batch: JSON.stringify([{ method: 'PATCH', relative_url: 'me' }]) }],
    ['an item without a node (a nested batch)', { batch: JSON.stringify([{ method: 'POST', relative_url: '?batch=[]' }]) }],
    ['an item that is not an object', { batch: JSON.stringify(['me']) }],
  ])('rejects %s with (#100)', async (_name, form) => {
    const { sim } = setup();
    const answer = await batch(sim, form as Record<string, string>);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe(100);
  });
});

describe('embeddedSignup on sim.fetch', () => {
  it('completes a signup end to end, and no request URL carries the business token or the app secret', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ secret: 'appsecret0123456789', requireAppSecretProof: true });
    const waba = sim.seed.waba();
    const code = sim.embeddedSignup.issueCode({ appId: app.id, wabaId: waba.id });
    const urls: string[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      urls.push(input instanceof Request ? input.url : String(input));
      return sim.fetch(input, init);
    };
    const client = new WabaClient({ accessToken: `${app.id}|appsecret0123456789`, appSecret: 'appsecret0123456789', fetch, logLevel: 'off' });
    const result = await client.embeddedSignup.completeSignup({ appId: app.id, appSecret: 'appsecret0123456789', code });
    expect(result).toMatchObject({ wabaIds: [waba.id], subscribedWabaIds: [waba.id], failures: [], complete: true });
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) {
      expect(url).not.toContain(result.accessToken);
      expect(url).not.toContain('appsecret0123456789');
    }
  });
});
