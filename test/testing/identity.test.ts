import { describe, expect, it } from 'vitest';
import { call, codeOf, registeredNumber, setup } from './helpers.js';

const WA_ID = '16505551234';

describe('identity-change check', () => {
  it('POST /settings user_identity_change turns the check on; GET /settings shows it', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const on = await call(sim, 'POST', `/${phoneId}/settings`, { user_identity_change: { enable_identity_key_check: true } });
    expect(on.body).toEqual({ success: true });
    expect((await call(sim, 'GET', `/${phoneId}/settings`)).body.user_identity_change).toEqual({ enable_identity_key_check: true });
    // [OA23]'s `enabled` name is wrong (§8) and refused.
    expect(codeOf(await call(sim, 'POST', `/${phoneId}/settings`, { user_identity_change: { enabled: false } }))).toBe(100);
  });

  it('webhooks carry identity hashes only when the check is on', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const off = sim.webhooks.inboundMessage(phoneId, WA_ID);
    expect(off.entry[0]?.changes[0]?.value['contacts']).toEqual([{ profile: { name: 'Simulated Customer' }, wa_id: WA_ID }]);
    await call(sim, 'POST', `/${phoneId}/settings`, { user_identity_change: { enable_identity_key_check: true } });
    const hash = sim.customers.identityHash(WA_ID);
    expect(hash).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    const inbound = sim.customers.messaged(phoneId, WA_ID, { text: 'hi' });
    const value = inbound.entry[0]?.changes[0]?.value ?? {};
    expect(value['contacts']).toEqual([{ profile: { name: 'Simulated Customer' }, wa_id: WA_ID, identity_key_hash: hash }]);
    expect(value['metadata']).toEqual({ display_phone_number: expect.stringMatching(/^1555\d{7}$/), phone_number_id: phoneId });
    const status = sim.webhooks.status(phoneId, WA_ID, { status: 'delivered', sentIdentityKeyHash: hash });
    expect(status.entry[0]?.changes[0]?.value['statuses']).toEqual([
      expect.objectContaining({ status: 'delivered', recipient_id: WA_ID, recipient_identity_key_hash: hash }),
    ]);
  });

  it('after changeIdentity a send with the old hash fails with 137000 and the status carries the new hash', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    await call(sim, 'POST', `/${phoneId}/settings`, { user_identity_change: { enable_identity_key_check: true } });
    const old = sim.customers.identityHash(WA_ID);
    const fresh = sim.customers.changeIdentity(WA_ID);
    expect(fresh).not.toBe(old);
    const payload = sim.webhooks.status(phoneId, WA_ID, { sentIdentityKeyHash: old, messageId: 'wamid.test' });
    const [status] = payload.entry[0]?.changes[0]?.value['statuses'] as Record<string, unknown>[];
    expect(status).toMatchObject({ id: 'wamid.test', status: 'failed', recipient_identity_key_hash: fresh });
    expect(status?.['errors']).toEqual([expect.objectContaining({ code: 137000, title: 'Identity key hash mismatch' })]);
    // Without the check, a stale hash changes nothing.
    await call(sim, 'POST', `/${phoneId}/settings`, { user_identity_change: { enable_identity_key_check: false } });
    const unchecked = sim.webhooks.status(phoneId, WA_ID, { sentIdentityKeyHash: old });
    expect((unchecked.entry[0]?.changes[0]?.value['statuses'] as Record<string, unknown>[])[0]?.['status']).toBe('delivered');
  });

  it('signs deliveries like Meta (X-Hub-Signature-256)', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const payload = sim.webhooks.inboundMessage(phoneId, WA_ID);
    const request = await sim.webhooks.request(payload, { appSecret: 'app-secret' });
    const body = await request.text();
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('app-secret'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body)));
    const hex = [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(request.headers.get('x-hub-signature-256')).toBe(`sha256=${hex}`);
  });
});
