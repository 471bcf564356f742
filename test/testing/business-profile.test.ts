import { describe, expect, it } from 'vitest';
import { call, codeOf, registeredNumber, setup } from './helpers.js';

describe('whatsapp_business_profile', () => {
  it('updates and reads the profile', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const update = await call(sim, 'POST', `/${phoneId}/whatsapp_business_profile`, {
      messaging_product: 'whatsapp',
      about: 'Plants 🌱 delivered',
      description: 'd'.repeat(512),
      email: 'shop@example.com',
      websites: ['https://example.com', 'http://example.org/shop'],
      vertical: 'RETAIL',
      profile_picture_handle: '4::aW1hZ2U=',
    });
    expect(update.body).toEqual({ success: true });
    const read = await call(sim, 'GET', `/${phoneId}/whatsapp_business_profile`);
    expect(read.body.data).toEqual([
      expect.objectContaining({
        messaging_product: 'whatsapp',
        about: 'Plants 🌱 delivered',
        email: 'shop@example.com',
        websites: ['https://example.com', 'http://example.org/shop'],
        vertical: 'RETAIL',
        profile_picture_url: expect.stringMatching(/^https:\/\/pps\.whatsapp\.net\//),
      }),
    ]);
    const some = await call(sim, 'GET', `/${phoneId}/whatsapp_business_profile?fields=about,vertical`);
    expect(some.body).toEqual({ data: [{ messaging_product: 'whatsapp', about: 'Plants 🌱 delivered', vertical: 'RETAIL' }] });
  });

  it.each([
    ['about too long', { about: 'a'.repeat(140) }, 'about'],
    ['empty about', { about: '' }, 'about'],
    ['address too long', { address: 'a'.repeat(257) }, 'address'],
    ['description over 512', { description: 'a'.repeat(513) }, 'description'],
    ['bad email', { email: 'not-an-email' }, 'email'],
    ['email too long', { email: `${'a'.repeat(120)}@example.com` }, 'email'],
    ['three websites', { websites: ['https://a.com', 'https://b.com', 'https://c.com'] }, 'websites'],
    ['website without scheme', { websites: ['example.com'] }, 'websites[0]'],
    ['unknown vertical', { vertical: 'SPACESHIPS' }, 'vertical'],
  ])('rejects %s with (#100) naming the field', async (_label, body, field) => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const answer = await call(sim, 'POST', `/${phoneId}/whatsapp_business_profile`, { messaging_product: 'whatsapp', ...body });
    expect(codeOf(answer)).toBe(100);
    expect(answer.body.error.error_data.details).toContain(`Param ${field}`);
    expect(sim.state.phoneNumber(phoneId)?.profile).toEqual({});
  });

  it('requires messaging_product', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/whatsapp_business_profile`, { about: 'x' }))).toBe(100);
  });
});
