import { describe, expect, it } from 'vitest';
import { call, GRAPH_V, setup } from './helpers.js';

async function hmacHex(key: string, message: string): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return [...new Uint8Array(await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(message)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

describe('authentication', () => {
  it('a missing or unknown token gets 190 with HTTP 401, without echoing it', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const missing = await call(sim, 'GET', `/${waba.id}`, undefined, { token: null });
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatchObject({ code: 190, type: 'OAuthException' });
    const unknown = await call(sim, 'GET', `/${waba.id}`, undefined, { token: 'EAAwrong-secret-token' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.message).toBe('Invalid OAuth access token - Cannot parse access token');
    expect(JSON.stringify(unknown.body)).not.toContain('EAAwrong');
    expect(unknown.headers.get('x-business-use-case-usage')).toBeNull();
  });

  it('accepts the access_token query parameter', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const response = await sim.fetch(`${GRAPH_V}/${waba.id}?access_token=test-token`);
    expect(response.status).toBe(200);
  });

  it('checks appsecret_proof when sent, and requires it when the app says so', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ secret: 'shh', requireAppSecretProof: true });
    sim.seed.token('proof-token', { appId: app.id });
    const waba = sim.seed.waba();
    const without = await call(sim, 'GET', `/${waba.id}`, undefined, { token: 'proof-token' });
    expect(without.body.error).toMatchObject({ code: 100, message: 'API calls from the server require an appsecret_proof argument' });
    const wrong = await call(sim, 'GET', `/${waba.id}?appsecret_proof=${'0'.repeat(64)}`, undefined, { token: 'proof-token' });
    expect(wrong.body.error.message).toBe('Invalid appsecret_proof provided in the API argument');
    const proof = await hmacHex('shh', 'proof-token');
    expect((await call(sim, 'GET', `/${waba.id}?appsecret_proof=${proof}`, undefined, { token: 'proof-token' })).status).toBe(200);
  });

  it('a token restricted to some WABAs gets (#200) HTTP 403 elsewhere', async () => {
    const { sim } = setup();
    const mine = sim.seed.waba();
    const theirs = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: theirs.id });
    sim.seed.token('narrow', { wabaIds: [mine.id] });
    expect((await call(sim, 'GET', `/${mine.id}`, undefined, { token: 'narrow' })).status).toBe(200);
    const denied = await call(sim, 'GET', `/${phone.id}`, undefined, { token: 'narrow' });
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 200, message: '(#200) Permissions error' });
  });

  it('rejects versions outside apiVersions, and accepts unversioned paths', async () => {
    const { sim } = setup({ apiVersions: ['v23.0', 'v24.0'] });
    const waba = sim.seed.waba();
    const old = await sim.fetch(`https://graph.facebook.com/v12.0/${waba.id}`, { headers: { authorization: 'Bearer test-token' } });
    expect(old.status).toBe(400);
    expect((await old.json()) as unknown).toMatchObject({ error: { code: 100 } });
    const ok = await sim.fetch(`https://graph.facebook.com/v24.0/${waba.id}`, { headers: { authorization: 'Bearer test-token' } });
    expect(ok.headers.get('facebook-api-version')).toBe('v24.0');
    const bare = await sim.fetch(`http://localhost:1/${waba.id}`, { headers: { authorization: 'Bearer test-token' } });
    expect(bare.status).toBe(200);
  });
});

describe('malformed requests', () => {
  it('answers Graph errors (never a crash) for a bad escape or a body that is not JSON', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const escape = await sim.fetch(`${GRAPH_V}/%E0%A4%A`, { headers: { authorization: 'Bearer test-token' } });
    expect(escape.status).toBe(400);
    expect((await escape.json()) as unknown).toMatchObject({ error: { code: 100, error_subcode: 33 } });
    const body = await sim.fetch(`${GRAPH_V}/${waba.id}`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: '{"is_enabled_for_insights": tru',
    });
    expect(body.status).toBe(400);
    expect((await body.json()) as unknown).toMatchObject({ error: { code: 100 } });
  });
});
