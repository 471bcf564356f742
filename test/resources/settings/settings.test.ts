import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAPIError, isInvalidRequestError } from '../../../src/errors/guards.js';
import type { SettingsCallingParams } from '../../../src/resources/settings/calling-schemas.js';
import { makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const SETTINGS = `${NODE}/settings`;
const settings = () => makeClient().phoneNumber(PHONE).settings;

describe('settings.retrieve', () => {
  it('GETs /settings without params by default', async () => {
    const fake = capture('get', SETTINGS, { storage_configuration: { status: 'DEFAULT' } });
    await expect(settings().retrieve()).resolves.toEqual({ storage_configuration: { status: 'DEFAULT' } });
    expect(fake.one().query).toEqual({});
  });

  it('asks for SIP credentials with include_sip_credentials=true', async () => {
    const fake = capture('get', SETTINGS, {});
    await settings().retrieve({ include_sip_credentials: true });
    expect(fake.one().query).toEqual({ include_sip_credentials: 'true' });
  });

  it('parses both spellings of Meta’s values and keeps unknown fields', async () => {
    const body = {
      calling: {
        status: 'ENABLED',
        call_icon_visibility: 'DEFAULT',
        callback_permission_status: 'disabled',
        srtp_key_exchange_protocol: 'DTLS-SRTP',
        call_hours: { status: 'ENABLED', timezone_id: 'America/Manaus', weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0400', close_time: '1020' }] },
        sip: { status: 'ENABLED', servers: [{ hostname: 'sip.example.com', port: 5061, sip_user_password: 'x' }] },
        brand_new_option: { status: 'ON' },
      },
      storage_configuration: { status: 'in_country_storage_enabled', data_localization_region: 'BR' },
      payload_encryption: { status: 'disabled' },
    };
    capture('get', SETTINGS, body);
    await expect(settings().retrieve()).resolves.toEqual(body);
  });

  it('rejects a non-boolean include_sip_credentials', async () => {
    await expectRejectedLocally(() => settings().retrieve({ include_sip_credentials: 'yes' } as never));
  });

  it('maps a Graph error', async () => {
    capture('get', SETTINGS, () => graphError({ code: 100, details: 'Unsupported get request' }));
    expect(isInvalidRequestError(await rejectionOf(settings().retrieve()))).toBe(true);
  });
});

describe('settings.setIdentityChangeCheck', () => {
  it.each([true, false])('POSTs user_identity_change.enable_identity_key_check = %s (not [OA23]’s enabled)', async (enabled) => {
    const fake = capture('post', SETTINGS);
    await settings().setIdentityChangeCheck(enabled);
    expect(fake.one().body).toEqual({ user_identity_change: { enable_identity_key_check: enabled } });
  });

  it('rejects a non-boolean', async () => {
    await expectRejectedLocally(() => settings().setIdentityChangeCheck('true' as never));
  });
});

describe('settings.setLocalStorage', () => {
  it('enables local storage with a region', async () => {
    const fake = capture('post', SETTINGS);
    await settings().setLocalStorage({ status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' });
    expect(fake.one().body).toEqual({ storage_configuration: { status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' } });
  });

  it('disables local storage with status alone', async () => {
    const fake = capture('post', SETTINGS);
    await settings().setLocalStorage({ status: 'IN_COUNTRY_STORAGE_DISABLED' });
    expect(fake.one().body).toEqual({ storage_configuration: { status: 'IN_COUNTRY_STORAGE_DISABLED' } });
  });

  it.each([
    ['enable without a region', { status: 'IN_COUNTRY_STORAGE_ENABLED' }],
    ['a region outside the 14', { status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'US' }],
    ['disable with a region', { status: 'IN_COUNTRY_STORAGE_DISABLED', data_localization_region: 'DE' }],
    ['[OA23]’s {enabled, region}', { enabled: true, region: 'DE' }],
    ['a lower-case status', { status: 'in_country_storage_enabled', data_localization_region: 'DE' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => settings().setLocalStorage(params as never));
  });

  it('maps Meta’s refusal for a registered number', async () => {
    capture('post', SETTINGS, () => graphError({ code: 100, details: 'Phone number must be deregistered' }));
    const error = await rejectionOf(settings().setLocalStorage({ status: 'IN_COUNTRY_STORAGE_DISABLED' }));
    expect(isInvalidRequestError(error)).toBe(true);
    expect((error as Error).message).toContain('deregistered');
  });
});

describe('settings.setPayloadEncryption', () => {
  it('enables with a base64 key', async () => {
    const fake = capture('post', SETTINGS);
    await settings().setPayloadEncryption({ status: 'enabled', client_encryption_key: 'LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0=' });
    expect(fake.one().body).toEqual({ payload_encryption: { status: 'enabled', client_encryption_key: 'LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0=' } });
  });

  it('disables with status alone', async () => {
    const fake = capture('post', SETTINGS);
    await settings().setPayloadEncryption({ status: 'disabled' });
    expect(fake.one().body).toEqual({ payload_encryption: { status: 'disabled' } });
  });

  it.each([
    ['enable without a key', { status: 'enabled' }],
    ['a PEM instead of base64', { status: 'enabled', client_encryption_key: '-----BEGIN PUBLIC KEY-----' }],
    ['an unknown status', { status: 'on' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => settings().setPayloadEncryption(params as never));
  });
});

describe('settings.updateCalling', () => {
  it('sends only the given option, wrapped in calling', async () => {
    const fake = capture('post', SETTINGS);
    await settings().updateCalling({ status: 'DISABLED' });
    expect(fake.one().body).toEqual({ calling: { status: 'DISABLED' } });
  });

  it('sends every option as Meta’s Calling reference documents it', async () => {
    const calling: SettingsCallingParams = {
      status: 'ENABLED',
      call_icon_visibility: 'DEFAULT',
      call_icons: { restrict_to_user_countries: ['BR', 'US'] },
      callback_permission_status: 'ENABLED',
      call_hours: {
        status: 'ENABLED',
        timezone_id: 'America/Manaus',
        weekly_operating_hours: [
          { day_of_week: 'MONDAY', open_time: '0400', close_time: '1020' },
          { day_of_week: 'MONDAY', open_time: '1300', close_time: '1800' },
          { day_of_week: 'TUESDAY', open_time: '0108', close_time: '1020' },
        ],
        holiday_schedule: [{ date: '2026-01-01', start_time: '0000', end_time: '2359' }],
      },
      sip: { status: 'ENABLED', servers: [{ hostname: 'sip.example.com', port: 5061, request_uri_user_params: { KEY1: 'VALUE1' } }] },
      srtp_key_exchange_protocol: 'SDES',
      video: { status: 'ENABLED' },
    };
    const fake = capture('post', SETTINGS);
    await settings().updateCalling(calling);
    expect(fake.one().body).toEqual({ calling });
  });

  const day = (day_of_week: string, open_time: string, close_time: string) => ({ day_of_week, open_time, close_time });
  const hours = (extra: Record<string, unknown>) => ({ call_hours: { status: 'ENABLED', timezone_id: 'Europe/Berlin', weekly_operating_hours: [], ...extra } });

  it.each([
    ['an empty update', {}],
    ['[OA23]’s lower-case status', { status: 'enabled' }],
    ['[OA23]’s visible/hidden', { call_icon_visibility: 'visible' }],
    ['[OA23]’s DTLS-SRTP', { srtp_key_exchange_protocol: 'DTLS-SRTP' }],
    ['a time with a colon', hours({ weekly_operating_hours: [day('MONDAY', '09:00', '17:00')] })],
    ['hour 24', hours({ weekly_operating_hours: [day('MONDAY', '0900', '2400')] })],
    ['open after close', hours({ weekly_operating_hours: [day('MONDAY', '1800', '0900')] })],
    ['three windows in a day', hours({ weekly_operating_hours: [day('FRIDAY', '0100', '0200'), day('FRIDAY', '0300', '0400'), day('FRIDAY', '0500', '0600')] })],
    ['overlapping windows', hours({ weekly_operating_hours: [day('FRIDAY', '0900', '1300'), day('FRIDAY', '1200', '1800')] })],
    ['an abbreviated weekday', hours({ weekly_operating_hours: [day('MON', '0900', '1700')] })],
    ['an unknown time zone', hours({ timezone_id: 'Mars/Olympus_Mons' })],
    ['an offset instead of a zone', hours({ timezone_id: '+03:00' })],
    ['a date that does not exist', hours({ holiday_schedule: [{ date: '2026-02-30', start_time: '0000', end_time: '2359' }] })],
    ['21 holidays', hours({ holiday_schedule: Array.from({ length: 21 }, (_, i) => ({ date: `2026-03-${String(i + 1).padStart(2, '0')}`, start_time: '0000', end_time: '2359' })) })],
    ['[OA23]’s call_hours.timezone', { call_hours: { status: 'ENABLED', timezone: 'Europe/Berlin', weekly_operating_hours: [] } }],
    ['a SIP server without a hostname', { sip: { status: 'ENABLED', servers: [{ port: 5061 }] } }],
    ['a SIP port out of range', { sip: { status: 'ENABLED', servers: [{ hostname: 'sip.example.com', port: 70_000 }] } }],
    ['a lower-case country', { call_icons: { restrict_to_user_countries: ['br'] } }],
    ['an unknown option', { status: 'ENABLED', call_icon_visibilty: 'DEFAULT' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => settings().updateCalling(params as never));
  });

  it('accepts two touching windows on a day (close = next open)', async () => {
    const fake = capture('post', SETTINGS);
    await settings().updateCalling(hours({ weekly_operating_hours: [day('FRIDAY', '0900', '1200'), day('FRIDAY', '1200', '1800')] }) as never);
    expect(fake.seen()).toHaveLength(1);
  });

  it('maps a calling error code (138015) to an APIError with its code', async () => {
    capture('post', SETTINGS, () => graphError({ code: 138015, details: 'messaging limit too low' }));
    const error = await rejectionOf(settings().updateCalling({ status: 'ENABLED' }));
    expect(isAPIError(error)).toBe(true);
    expect((error as { code: number }).code).toBe(138015);
  });

  describe('retries (safe: settings are idempotent sets)', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('retries a lost connection and succeeds', async () => {
      let calls = 0;
      capture('post', SETTINGS, () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json({ success: true })));
      const done = makeClient({ maxRetries: 2 }).phoneNumber(PHONE).settings.setIdentityChangeCheck(true);
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(done).resolves.toEqual({ success: true });
      expect(calls).toBe(2);
    });
  });
});
