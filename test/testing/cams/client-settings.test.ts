import { describe, expect, it } from 'vitest';
import { CamsClient } from '../../../src/cams/index.js';
import { CAMS_DEMO_KEY, createCamsSimulator, manualClock, seedCamsDemo } from '../../../src/testing/index.js';

const PEM = '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsim\n-----END PUBLIC KEY-----\n';

// CamsClient signs with the wall clock: the simulator's manual clock starts there.
function setup() {
  const sim = createCamsSimulator({ clock: manualClock(Date.now()), seed: 1, qps: true });
  const demo = seedCamsDemo(sim);
  const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, fetch: sim.fetch, logLevel: 'off' });
  return { sim, demo, phone: client.phoneNumber(demo.phoneNumbers.registered.PhoneNumber) };
}

describe('CamsClient number settings against the CAMS simulator (issue #10 settings operations)', () => {
  it('business profile: update then retrieve', async () => {
    const { phone } = setup();
    await phone.businessProfile.update({ about: 'Succulents, delivered.', websites: ['https://www.luckyshrub.com'], vertical: 'RETAIL', profile_picture: { url: 'https://cdn.luckyshrub.com/logo.png' } });
    expect(await phone.businessProfile.retrieve()).toMatchObject({
      about: 'Succulents, delivered.',
      websites: ['https://www.luckyshrub.com'],
      vertical: 'RETAIL',
      profile_picture_url: 'https://cdn.luckyshrub.com/logo.png',
    });
  });

  it('QR codes: create, list, update, delete', async () => {
    const { phone } = setup();
    const created = await phone.qrCodes.create({ prefilled_message: 'Hi', generate_qr_image: 'PNG' });
    expect(created).toMatchObject({ prefilled_message: 'Hi', deep_link_url: `https://wa.me/message/${created.code}` });
    expect((await phone.qrCodes.list()).map((q) => q.code)).toEqual([created.code]);
    await phone.qrCodes.update(created.code, { prefilled_message: 'Hello' });
    expect((await phone.qrCodes.retrieve(created.code))?.prefilled_message).toBe('Hello');
    await phone.qrCodes.delete(created.code);
    expect(await phone.qrCodes.list()).toEqual([]);
  });

  it('conversational automation, commerce, webhook, Flows encryption key', async () => {
    const { phone, sim, demo } = setup();
    await phone.conversationalAutomation.update({ enable_welcome_message: true, prompts: ['Opening hours?'], commands: [{ command_name: 'hours', command_description: 'Opening hours' }] });
    expect(await phone.conversationalAutomation.retrieve()).toEqual({
      enable_welcome_message: true,
      prompts: ['Opening hours?'],
      commands: [{ command_name: 'hours', command_description: 'Opening hours' }],
    });
    await phone.commerce.update({ is_cart_enabled: false, is_catalog_visible: true });
    expect(await phone.commerce.retrieve()).toEqual({ is_cart_enabled: false, is_catalog_visible: true });
    await phone.webhook.update({ status_callback_url: 'https://hooks.example/status' });
    expect(await phone.webhook.retrieve()).toMatchObject({ status_callback_url: 'https://hooks.example/status' });
    await phone.flowsEncryption.update({ business_public_key: PEM });
    expect(await phone.flowsEncryption.retrieve()).toMatchObject({ business_public_key: PEM, business_public_key_signature_status: 'VALID' });
    expect(sim.state.phoneNumber(demo.channel.custSpaceId, demo.phoneNumbers.registered.PhoneNumber)?.StatusCallbackUrl).toBe('https://hooks.example/status');
  });

  it('metrics and health status', async () => {
    const { phone, sim, demo } = setup();
    sim.recordTraffic(demo.channel.custSpaceId, demo.phoneNumbers.registered.PhoneNumber, { sent: 3, delivered: 2 });
    const rows = await phone.metrics.retrieve({ start: sim.now() - 1000, end: sim.now() + 1000, granularity: 'HALF_HOUR' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sent: 3, delivered: 2 });
    sim.setHealth(demo.channel.custSpaceId, demo.phoneNumbers.registered.PhoneNumber, {
      CanSendMessage: 'LIMITED',
      Errors: [{ ErrorCode: '141006', ErrorDescription: 'Payment issue', PossibleSolution: 'Add a payment method' }],
    });
    const health = await phone.healthStatus();
    expect(health.can_send_message).toBe('LIMITED');
  });
});
