import * as z from 'zod/mini';
import { openEnum } from '../../schemas/graph.js';
import { DataLocalizationRegion } from '../../schemas/region.js';
import { looseObject, optionalArray, optionalString } from '../../schemas/shape.js';

/** Params of `phone.settings.retrieve`: `include_sip_credentials: true` adds each SIP server's password. */
export const SettingsRetrieveParams = z.strictObject({
  include_sip_credentials: z.optional(z.boolean('include_sip_credentials must be a boolean')),
});
export type SettingsRetrieveParams = z.infer<typeof SettingsRetrieveParams>;

/**
 * Params of `phone.settings.setLocalStorage` (contract §3.5, [D-LS]): keep message content at rest in one of the
 * 14 local-storage countries, or stop doing so. [OA23]'s `{ enabled, region }` is wrong (§8).
 */
export const SettingsLocalStorageParams = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: z.literal('IN_COUNTRY_STORAGE_ENABLED'), data_localization_region: DataLocalizationRegion }),
    z.strictObject({ status: z.literal('IN_COUNTRY_STORAGE_DISABLED') }),
  ],
  'status must be "IN_COUNTRY_STORAGE_ENABLED" (with data_localization_region) or "IN_COUNTRY_STORAGE_DISABLED"',
);
export type SettingsLocalStorageParams = z.infer<typeof SettingsLocalStorageParams>;

/**
 * Params of `phone.settings.setPayloadEncryption` ([OA23], contract §3.5): `status` and, to enable, your public
 * key as base64 of its PEM (`client_encryption_key`). Values are lower case as [OA23] documents them.
 */
export const SettingsPayloadEncryptionParams = z.discriminatedUnion(
  'status',
  [
    z.strictObject({
      status: z.literal('enabled'),
      client_encryption_key: z.string('client_encryption_key must be a string').check(
        z.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'client_encryption_key must be base64 (the PEM of your public key, base64-encoded)'),
      ),
    }),
    z.strictObject({ status: z.literal('disabled') }),
  ],
  'status must be "enabled" (with client_encryption_key) or "disabled"',
);
export type SettingsPayloadEncryptionParams = z.infer<typeof SettingsPayloadEncryptionParams>;

const OnOffState = openEnum(['ENABLED', 'DISABLED', 'enabled', 'disabled']);
const status = () => z.optional(OnOffState);

const SipServerInfo = looseObject({
  app_id: optionalString(),
  hostname: optionalString(),
  port: z.optional(z.number('must be a number')),
  request_uri_user_params: z.optional(z.record(z.string(), z.unknown())),
  /** Only with `include_sip_credentials: true`. A secret: do not log it. */
  sip_user_password: optionalString(),
  password: optionalString(),
});

/**
 * The answer of `GET /{PHONE_NUMBER_ID}/settings`: calling, payload encryption and local storage.
 *
 * Tolerant on purpose: every field is optional, objects keep unknown keys and enum values are open — [OA23] and
 * Meta's Calling reference disagree on case (`enabled` vs `ENABLED`) and Meta adds calling options often.
 *
 * @example
 * const { storage_configuration } = await phone.settings.retrieve();
 * if (storage_configuration?.status?.toUpperCase() === 'IN_COUNTRY_STORAGE_ENABLED') … ;
 */
export const PhoneNumberSettingsInfo = looseObject({
  calling: z.optional(
    looseObject({
      status: status(),
      call_icon_visibility: z.optional(openEnum(['DEFAULT', 'DISABLE_ALL', 'visible', 'hidden'])),
      call_icons: z.optional(looseObject({ restrict_to_user_countries: optionalArray(z.string('must be a string')) })),
      callback_permission_status: status(),
      srtp_key_exchange_protocol: z.optional(openEnum(['DTLS', 'SDES', 'DTLS-SRTP', 'SDES-SRTP'])),
      ip_addresses: z.optional(looseObject({ default: optionalArray(z.string('must be a string')) })),
      call_hours: z.optional(
        looseObject({
          status: status(),
          timezone_id: optionalString(),
          timezone: optionalString(),
          weekly_operating_hours: optionalArray(
            looseObject({ day_of_week: optionalString(), open_time: optionalString(), close_time: optionalString() }),
          ),
          holiday_schedule: optionalArray(looseObject({ date: optionalString(), start_time: optionalString(), end_time: optionalString() })),
        }),
      ),
      sip: z.optional(looseObject({ status: status(), servers: optionalArray(SipServerInfo) })),
      video: z.optional(looseObject({ status: status() })),
      audio: z.optional(looseObject({ status: status() })),
      restrictions: z.optional(looseObject({})),
    }),
  ),
  payload_encryption: z.optional(
    looseObject({
      status: status(),
      client_encryption_key_fingerprint: optionalString(),
      cloud_encryption_key: optionalString(),
    }),
  ),
  storage_configuration: z.optional(
    looseObject({
      status: z.optional(openEnum(['DEFAULT', 'IN_COUNTRY_STORAGE_ENABLED', 'IN_COUNTRY_STORAGE_DISABLED', 'default', 'in_country_storage_enabled'])),
      data_localization_region: optionalString(),
    }),
  ),
  user_identity_change: z.optional(looseObject({ enable_identity_key_check: z.optional(z.boolean('must be a boolean')) })),
});
/** Settings of a phone number as Graph returns them (tolerant of case and of new fields). */
export type PhoneNumberSettingsInfo = z.infer<typeof PhoneNumberSettingsInfo>;
