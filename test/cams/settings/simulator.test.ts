/**
 * Behaviour of the settings surface (issue #10) against the stateful CAMS simulator (wabakit/testing): every call
 * is signed, verified by the simulator's own ACS3 verifier and changes (or reads) the simulator's state — so a
 * read after a write shows the write landed with the wire names CAMS uses.
 */
import { describe, expect, it } from 'vitest';
import { CamsClient } from '../../../src/cams/index.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';

const NUMBER = '8613800001234';
const PEM = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n';

function setup() {
  const clock = manualClock(Date.now());
  const sim = createCamsSimulator({ clock, seed: 7, qps: true });
  const demo = seedCamsDemo(sim);
  const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' });
  const state = () => sim.state.phoneNumber(demo.channel.custSpaceId, NUMBER)!;
  return { sim, demo, client, phone: client.phoneNumber(`+${NUMBER}`), state };
}

describe('settings surface against the CAMS simulator', () => {
  it('business profile: update then retrieve, Graph field names, vertical normalised', async () => {
    const { phone, state } = setup();
    await phone.businessProfile.update({
      about: 'Succulents, delivered.',
      description: 'Hand-picked succulents.',
      email: 'hello@luckyshrub.com',
      websites: ['https://www.luckyshrub.com', 'http://shop.luckyshrub.com'],
      vertical: 'RETAIL',
      profile_picture: { url: 'https://cdn.luckyshrub.com/logo.png' },
    });
    expect(state().profile).toMatchObject({ About: 'Succulents, delivered.', Websites: ['https://www.luckyshrub.com', 'http://shop.luckyshrub.com'], ProfilePictureUrl: 'https://cdn.luckyshrub.com/logo.png' });
    expect(await phone.businessProfile.retrieve()).toEqual({
      about: 'Succulents, delivered.',
      description: 'Hand-picked succulents.',
      email: 'hello@luckyshrub.com',
      websites: ['https://www.luckyshrub.com', 'http://shop.luckyshrub.com'],
      vertical: 'RETAIL',
      profile_picture_url: 'https://cdn.luckyshrub.com/logo.png',
    });
    expect(await phone.businessProfile.retrieve({ fields: ['about'] })).toEqual({ about: 'Succulents, delivered.' });
    // Mixed-case vertical as CAMS's example shows it: read back as Graph's word.
    state().profile.Vertical = 'Retail';
    expect((await phone.businessProfile.retrieve()).vertical).toBe('RETAIL');
  });

  it('QR codes: create, list, retrieve, update (format kept), delete', async () => {
    const { phone, state } = setup();
    const created = await phone.qrCodes.create({ prefilled_message: 'Show me the deals!', generate_qr_image: 'SVG' });
    expect(created).toMatchObject({ prefilled_message: 'Show me the deals!', generate_qr_image: 'SVG' });
    expect(created.deep_link_url).toBe(`https://wa.me/message/${created.code}`);
    const second = await phone.qrCodes.create({ prefilled_message: 'Hi!' });
    expect(second.generate_qr_image).toBe('PNG');
    expect((await phone.qrCodes.list()).map((q) => q.code)).toEqual([created.code, second.code]);
    expect(await phone.qrCodes.list({ code: second.code })).toHaveLength(1);
    expect(await phone.qrCodes.retrieve(created.code)).toMatchObject({ code: created.code });
    const updated = await phone.qrCodes.update(created.code, { prefilled_message: 'Summer deals!' });
    expect(updated).toMatchObject({ code: created.code, prefilled_message: 'Summer deals!', generate_qr_image: 'SVG' });
    await phone.qrCodes.delete(second.code);
    expect(state().qrCodes.map((q) => q.QrdlCode)).toEqual([created.code]);
    expect(await phone.qrCodes.retrieve(second.code)).toBeUndefined();
  });

  it('conversational automation: update then retrieve', async () => {
    const { phone, state } = setup();
    await phone.conversationalAutomation.update({
      enable_welcome_message: true,
      prompts: ['Track my order', 'Opening hours'],
      commands: [{ command_name: 'hours', command_description: 'Opening hours' }],
    });
    expect(state().automation.Commands).toEqual([{ CommandName: 'hours', CommandDescription: 'Opening hours' }]);
    expect(await phone.conversationalAutomation.retrieve()).toEqual({
      enable_welcome_message: true,
      prompts: ['Track my order', 'Opening hours'],
      commands: [{ command_name: 'hours', command_description: 'Opening hours' }],
    });
  });

  it('commerce: one flag changes, the other is kept', async () => {
    const { phone, state, sim } = setup();
    expect(await phone.commerce.retrieve()).toEqual({ is_cart_enabled: true, is_catalog_visible: true });
    await phone.commerce.update({ is_catalog_visible: false });
    expect(state().commerce).toEqual({ CartEnable: true, CatalogVisible: false });
    const before = sim.calls.length;
    await phone.commerce.update({ is_cart_enabled: false, is_catalog_visible: true });
    expect(sim.calls.slice(before).map((c) => c.action)).toEqual(['UpdateCommerceSetting']);
    expect(await phone.commerce.retrieve()).toEqual({ is_cart_enabled: false, is_catalog_visible: true });
  });

  it('webhooks: per-number routing read back from the number list; account webhook stored', async () => {
    const { phone, state, client, sim, demo } = setup();
    await phone.webhook.update({ status_callback_url: 'https://hooks.luckyshrub.com/s', inbound_callback_url: 'https://hooks.luckyshrub.com/i', http: true, queue: true });
    expect(state()).toMatchObject({ HttpFlag: 'Y', QueueFlag: 'Y' });
    const routing = await phone.webhook.retrieve();
    expect(routing).toMatchObject({ status_callback_url: 'https://hooks.luckyshrub.com/s', inbound_callback_url: 'https://hooks.luckyshrub.com/i' });
    expect(routing.status_queue).toMatch(/ChatAppStatus/);
    await client.accountWebhook.update({ status_callback_url: 'https://hooks.luckyshrub.com/account', http: true });
    expect(sim.state.channel(demo.channel.custSpaceId)?.accountWebhook).toMatchObject({ StatusCallbackUrl: 'https://hooks.luckyshrub.com/account', HttpFlag: 'Y' });
  });

  it('Flows encryption key: none, then set and read as VALID', async () => {
    const { phone } = setup();
    expect(await phone.flowsEncryption.retrieve()).toEqual({});
    await phone.flowsEncryption.update({ business_public_key: PEM });
    expect(await phone.flowsEncryption.retrieve()).toEqual({ business_public_key: PEM, business_public_key_signature_status: 'VALID' });
  });

  it('metrics: one row per day with the simulated traffic', async () => {
    const { phone, state } = setup();
    const start = Date.UTC(2026, 10, 1);
    state().traffic.push({ at: start + 3_600_000, sent: 5, delivered: 4 } as never);
    const rows = await phone.metrics.retrieve({ start: new Date(start), end: start + 2 * 86_400_000 });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ phone_number: NUMBER, start, granularity: 'DAILY', sent: 5, delivered: 4 });
    expect(rows[1]).toMatchObject({ sent: 0, delivered: 0 });
  });

  it('settings: calling configuration read from the number list; setters unsupported', async () => {
    const { phone } = setup();
    const settings = await phone.settings.retrieve();
    expect(settings.calling).toBeDefined();
    expect(typeof settings.calling?.status).toBe('string');
    await expect((phone.settings as unknown as { updateCalling(p: unknown): Promise<unknown> }).updateCalling({ status: 'ENABLED' })).rejects.toMatchObject({
      name: 'UnsupportedOperationError',
    });
  });

  it('a limit the SDK checks never reaches the simulator', async () => {
    const { phone, sim } = setup();
    const before = sim.calls.length;
    await expect(phone.conversationalAutomation.update({ prompts: ['a', 'b', 'c', 'd', 'e'] })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(phone.qrCodes.create({ prefilled_message: 'x'.repeat(141) })).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(phone.businessProfile.update({ profile_picture: { handle: '4::aW1hZ2U=' } })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(sim.calls.length).toBe(before);
  });
});
