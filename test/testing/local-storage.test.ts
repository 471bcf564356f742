import { describe, expect, it } from 'vitest';
import { call, codeOf, register, registeredNumber, setup, verify, wabaWithNumber } from './helpers.js';

describe('local storage (data_localization_region)', () => {
  it('register with data_localization_region enables it; GET /settings shows it', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await verify(sim, phoneId);
    expect((await register(sim, phoneId, '123456', { data_localization_region: 'BR' })).status).toBe(200);
    const settings = await call(sim, 'GET', `/${phoneId}/settings`);
    expect(settings.body.storage_configuration).toEqual({ status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'BR' });
  });

  it('rejects a region outside the 14 with (#100)', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    await verify(sim, phoneId);
    const answer = await register(sim, phoneId, '123456', { data_localization_region: 'US' });
    expect(codeOf(answer)).toBe(100);
    expect(sim.state.phoneNumber(phoneId)?.status).toBe('PENDING');
  });

  it('POST /settings storage_configuration works only while unregistered', async () => {
    const { sim } = setup();
    const { phoneId } = wabaWithNumber(sim);
    const enable = { storage_configuration: { status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' } };
    expect((await call(sim, 'POST', `/${phoneId}/settings`, enable)).body).toEqual({ success: true });
    expect(sim.state.phoneNumber(phoneId)?.storage).toEqual({ status: 'IN_COUNTRY_STORAGE_ENABLED', region: 'DE' });
    await verify(sim, phoneId);
    await register(sim, phoneId);
    const refused = await call(sim, 'POST', `/${phoneId}/settings`, {
      storage_configuration: { status: 'IN_COUNTRY_STORAGE_DISABLED' },
    });
    expect(codeOf(refused)).toBe(100);
    expect(refused.body.error.error_data.details).toContain('not registered');
    expect(sim.state.phoneNumber(phoneId)?.storage.region).toBe('DE');
    // A register asking for another region while registered is refused the same way.
    expect(codeOf(await register(sim, phoneId, '123456', { data_localization_region: 'IN' }))).toBe(100);
  });

  it('deregister disables local storage', async () => {
    const { sim } = setup();
    const waba = sim.seed.waba();
    const phone = sim.seed.phoneNumber({ wabaId: waba.id, registered: true, dataLocalizationRegion: 'SG' });
    await call(sim, 'POST', `/${phone.id}/deregister`);
    expect((await call(sim, 'GET', `/${phone.id}/settings`)).body.storage_configuration).toEqual({ status: 'IN_COUNTRY_STORAGE_DISABLED' });
  });

  it('validates the storage_configuration body and allows one feature per request', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    await call(sim, 'POST', `/${phoneId}/deregister`);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/settings`, { storage_configuration: { status: 'ON' } }))).toBe(100);
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/settings`, { storage_configuration: { status: 'IN_COUNTRY_STORAGE_ENABLED' } }))).toBe(100);
    expect(
      codeOf(
        await call(sim, 'POST', `/${phoneId}/settings`, {
          storage_configuration: { status: 'IN_COUNTRY_STORAGE_DISABLED' },
          user_identity_change: { enable_identity_key_check: true },
        }),
      ),
    ).toBe(100);
  });
});
