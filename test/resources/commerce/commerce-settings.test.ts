import { describe, expect, it } from 'vitest';
import { isPermissionError, isValidationError } from '../../../src/errors/guards.js';
import { graphFixture } from '../../fixtures/graph.js';
import { makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const COMMERCE = `${NODE}/whatsapp_commerce_settings`;
const commerce = () => makeClient().phoneNumber(PHONE).commerce;

describe('commerce.retrieve', () => {
  it('GETs the settings and unwraps the one-item list', async () => {
    const settings = { id: '527759822865714', is_cart_enabled: true, is_catalog_visible: false };
    const fake = capture('get', COMMERCE, { data: [settings] });
    await expect(commerce().retrieve()).resolves.toEqual(settings);
    expect(fake.one().query).toEqual({});
  });

  it('reads { data: [] } (settings never set) as {}, not a validation failure', async () => {
    capture('get', COMMERCE, graphFixture('commerce-settings.empty'));
    await expect(commerce().retrieve()).resolves.toEqual({});
  });

  it('fails validation when Graph returns two items', async () => {
    capture('get', COMMERCE, { data: [{ id: '1' }, { id: '2' }] });
    const error = await rejectionOf(commerce().retrieve());
    expect(isValidationError(error)).toBe(true);
  });

  it('still unwraps when response validation is off', async () => {
    capture('get', COMMERCE, { data: [{ id: '1', is_cart_enabled: 'yes' }] });
    await expect(makeClient({ validateResponses: false }).phoneNumber(PHONE).commerce.retrieve()).resolves.toEqual({ id: '1', is_cart_enabled: 'yes' });
  });

  it('maps a Graph error', async () => {
    capture('get', COMMERCE, () => graphError({ status: 403, code: 200, details: 'no access' }));
    expect(isPermissionError(await rejectionOf(commerce().retrieve()))).toBe(true);
  });
});

describe('commerce.update', () => {
  it('POSTs the flags as query parameters, as Meta documents it', async () => {
    const fake = capture('post', COMMERCE);
    await commerce().update({ is_cart_enabled: true });
    expect(fake.one().query).toEqual({ is_cart_enabled: 'true' });
    expect(fake.one().body).toEqual({});
  });

  it('sends both flags', async () => {
    const fake = capture('post', COMMERCE);
    await commerce().update({ is_cart_enabled: false, is_catalog_visible: true });
    expect(fake.one().query).toEqual({ is_cart_enabled: 'false', is_catalog_visible: 'true' });
  });

  it.each([
    ['no flag', {}],
    ['a string flag', { is_cart_enabled: 'true' }],
    ['an unknown flag', { is_cart_visible: true }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => commerce().update(params as never));
  });
});
