import { describe, expect, it } from 'vitest';
import { call, codeOf, registeredNumber, setup } from './helpers.js';

describe('whatsapp_commerce_settings', () => {
  it('reads and updates cart and catalog visibility (query form, like the docs)', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const before = await call(sim, 'GET', `/${phoneId}/whatsapp_commerce_settings`);
    expect(before.body.data).toEqual([{ id: expect.any(String), is_cart_enabled: false, is_catalog_visible: false }]);
    const update = await call(sim, 'POST', `/${phoneId}/whatsapp_commerce_settings?is_cart_enabled=true&is_catalog_visible=true`);
    expect(update.body).toEqual({ success: true });
    const after = await call(sim, 'GET', `/${phoneId}/whatsapp_commerce_settings`);
    expect(after.body.data[0]).toMatchObject({ is_cart_enabled: true, is_catalog_visible: true });
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/whatsapp_commerce_settings`, {}))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/whatsapp_commerce_settings?is_cart_enabled=yes`))).toBe(100);
  });
});
