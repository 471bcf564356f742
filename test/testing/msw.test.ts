import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../helpers/server.js';
import { setup } from './helpers.js';

describe('msw adapter', () => {
  it('routes graph.facebook.com through the simulator for plain fetch', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba({ name: 'Via msw' });
    server.use(...sim.mswHandlers(http));
    const response = await fetch(`https://graph.facebook.com/v23.0/${waba.id}`, { headers: { authorization: 'Bearer test-token' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: waba.id, name: 'Via msw' });
    expect(response.headers.get('x-business-use-case-usage')).toContain(waba.id);
  });

  it('carries POST bodies and error envelopes', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: waba.id });
    server.use(...sim.mswHandlers(http));
    const response = await fetch(`https://graph.facebook.com/v23.0/${phone.id}/register`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ messaging_product: 'whatsapp', pin: '123456' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 133006 } });
  });

  it('supports a custom base URL and turns resets into network errors', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    server.use(...sim.mswHandlers(http, { baseUrl: 'https://graph.example.test/proxy/' }));
    const ok = await fetch(`https://graph.example.test/proxy/v23.0/${waba.id}?access_token=test-token`);
    expect(ok.status).toBe(200);
    sim.faults.next({ kind: 'reset' });
    await expect(fetch(`https://graph.example.test/proxy/v23.0/${waba.id}?access_token=test-token`)).rejects.toThrow(TypeError);
  });
});
