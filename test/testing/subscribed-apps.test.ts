import { describe, expect, it } from 'vitest';
import { call, codeOf, setup } from './helpers.js';

describe('subscribed_apps and webhook overrides', () => {
  it('subscribes the token\'s app, overrides the callback, lists and unsubscribes', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ name: 'My App', callbackUrl: 'https://app.example/webhook' });
    sim.seed.token('app-token', { appId: app.id });
    const waba = sim.seed.waba();
    const as = { token: 'app-token' };
    expect((await call(sim, 'POST', `/${waba.id}/subscribed_apps`, undefined, as)).body).toEqual({ success: true });
    expect((await call(sim, 'GET', `/${waba.id}/subscribed_apps`, undefined, as)).body.data).toEqual([
      { whatsapp_business_api_data: { id: app.id, name: 'My App', link: expect.stringContaining(app.id) } },
    ]);
    const override = { override_callback_uri: 'https://waba.example/hook', verify_token: 'vt' };
    await call(sim, 'POST', `/${waba.id}/subscribed_apps`, override, as);
    expect((await call(sim, 'GET', `/${waba.id}/subscribed_apps`, undefined, as)).body.data[0].override_callback_uri).toBe(
      'https://waba.example/hook',
    );
    expect(codeOf(await call(sim, 'POST', `/${waba.id}/subscribed_apps`, { override_callback_uri: 'https://x.example' }, as))).toBe(100);
    expect((await call(sim, 'DELETE', `/${waba.id}/subscribed_apps`, undefined, as)).body).toEqual({ success: true });
    expect((await call(sim, 'GET', `/${waba.id}/subscribed_apps`, undefined, as)).body).toEqual({ data: [] });
  });

  it('a phone-level override needs the app subscribed, and shows in webhook_configuration', async () => {
    const { sim } = setup();
    const app = sim.seed.app({ callbackUrl: 'https://app.example/webhook' });
    sim.seed.token('app-token', { appId: app.id });
    const waba = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true });
    const as = { token: 'app-token' };
    const config = { webhook_configuration: { override_callback_uri: 'https://phone.example/hook', verify_token: 'vt' } };
    expect(codeOf(await call(sim, 'POST', `/${phone.id}`, config, as))).toBe(100);
    await call(sim, 'POST', `/${waba.id}/subscribed_apps`, undefined, as);
    expect((await call(sim, 'POST', `/${phone.id}`, config, as)).status).toBe(200);
    const read = await call(sim, 'GET', `/${phone.id}?fields=webhook_configuration`, undefined, as);
    expect(read.body.webhook_configuration).toEqual({ phone_number: 'https://phone.example/hook', application: 'https://app.example/webhook' });
    await call(sim, 'POST', `/${phone.id}`, { webhook_configuration: { override_callback_uri: '' } }, as);
    expect((await call(sim, 'GET', `/${phone.id}?fields=webhook_configuration`, undefined, as)).body.webhook_configuration).toEqual({
      application: 'https://app.example/webhook',
    });
  });
});
