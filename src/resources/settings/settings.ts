import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import { SettingsCallingParams } from './calling-schemas.js';
import {
  PhoneNumberSettingsInfo,
  SettingsLocalStorageParams,
  SettingsPayloadEncryptionParams,
  SettingsRetrieveParams,
} from './schemas.js';

const IdentityCheckEnabled = z.boolean('enabled must be a boolean');

/**
 * The number's feature settings — identity-change check, local storage, calling, payload encryption:
 * `client.phoneNumber(id).settings`.
 *
 * Meta accepts **one feature per request** (contract §3.5), so each feature has its own method. Every update is
 * an idempotent set: sending it twice leaves the same state, so updates are retried like reads (`safe`).
 *
 * @example
 * const phone = client.phoneNumber('106540352242922');
 * await phone.settings.setIdentityChangeCheck(true);
 * const { calling } = await phone.settings.retrieve();
 */
export class Settings extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Reads the settings: calling (status, icon, hours, SIP…), payload encryption and local storage.
   *
   * Safe: retried on connection errors, 5xx and throttles. The answer is parsed tolerantly (open enums, any case).
   *
   * @param params.include_sip_credentials add each SIP server's password (a secret — do not log the result).
   * @throws {ValidationError} when `include_sip_credentials` is not a boolean (nothing sent).
   * @example
   * const settings = await phone.settings.retrieve({ include_sip_credentials: true });
   * const password = settings.calling?.sip?.servers?.[0]?.sip_user_password;
   */
  retrieve(params: SettingsRetrieveParams = {}, options?: RequestOptions): Promise<PhoneNumberSettingsInfo> {
    return this._client.request(
      {
        operation: 'Settings.retrieve',
        method: 'GET',
        path: path`${this.#phoneNumberId}/settings`,
        retry: 'safe',
        params: { schema: SettingsRetrieveParams, value: params, in: 'query' },
        response: PhoneNumberSettingsInfo,
        objectIds: [this.#phoneNumberId],
      },
      options,
    );
  }

  /**
   * Turns the identity-change check on or off: when on, webhooks carry each customer's identity key hash, and a
   * send with a stale hash is not delivered (status error 137000, `IdentityMismatchError`).
   *
   * Sends `{"user_identity_change":{"enable_identity_key_check": …}}` — [OA23]'s `enabled` is wrong (contract §8).
   * Safe: an idempotent set, retried on transient failures.
   *
   * @throws {ValidationError} when `enabled` is not a boolean (nothing sent).
   * @example
   * await phone.settings.setIdentityChangeCheck(true);
   */
  setIdentityChangeCheck(enabled: boolean, options?: RequestOptions): Promise<SuccessResponse> {
    return this.#update('Settings.setIdentityChangeCheck', IdentityCheckEnabled, enabled, (value) => ({
      user_identity_change: { enable_identity_key_check: value },
    }), options);
  }

  /**
   * Turns local storage on in one of the 14 allowed countries, or off ([D-LS], API v21.0 and later).
   *
   * Meta applies this only while the number is **not registered**: deregister first, change it, then register
   * again (or pass `data_localization_region` to `register`). Safe: an idempotent set.
   *
   * @throws {ValidationError} for an unknown status, a region outside the 14, or a region with `DISABLED` (nothing sent).
   * @throws {InvalidRequestError} when Meta refuses the change, e.g. because the number is registered.
   * @example
   * await phone.settings.setLocalStorage({ status: 'IN_COUNTRY_STORAGE_ENABLED', data_localization_region: 'DE' });
   * await phone.settings.setLocalStorage({ status: 'IN_COUNTRY_STORAGE_DISABLED' });
   */
  setLocalStorage(params: SettingsLocalStorageParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this.#update('Settings.setLocalStorage', SettingsLocalStorageParams, params, (value) => ({ storage_configuration: value }), options);
  }

  /**
   * Changes calling settings: enable calling, show or hide the call button, callback requests, business hours,
   * SIP servers, SRTP key exchange, video. Send only the options you change (at least one).
   *
   * Values follow Meta's Calling API reference (`ENABLED`, `DEFAULT`, `DISABLE_ALL`, `DTLS`, `SDES`), not
   * [OA23]'s lower-case ones. `call_hours` replaces the whole previous schedule. Safe: an idempotent set.
   *
   * @throws {ValidationError} for an unknown value, a bad time (`HHMM`), date or time zone, overlapping or more
   *   than two windows in a day, or an empty update (nothing sent).
   * @throws {APIError} e.g. 138015 when the number's messaging limit is too low for calling.
   * @example
   * await phone.settings.updateCalling({
   *   status: 'ENABLED',
   *   call_icon_visibility: 'DEFAULT',
   *   call_hours: {
   *     status: 'ENABLED',
   *     timezone_id: 'America/Sao_Paulo',
   *     weekly_operating_hours: [{ day_of_week: 'MONDAY', open_time: '0900', close_time: '1800' }],
   *     holiday_schedule: [{ date: '2026-12-25', start_time: '0000', end_time: '2359' }],
   *   },
   * });
   */
  updateCalling(params: SettingsCallingParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this.#update('Settings.updateCalling', SettingsCallingParams, params, (value) => ({ calling: value }), options);
  }

  /**
   * Turns payload encryption on (with your public key) or off ([OA23], contract §3.5).
   *
   * Safe: an idempotent set. The key is public material, but is not logged either.
   *
   * @throws {ValidationError} for an unknown status or a key that is not base64 (nothing sent).
   * @example
   * await phone.settings.setPayloadEncryption({ status: 'enabled', client_encryption_key: base64Pem });
   */
  setPayloadEncryption(params: SettingsPayloadEncryptionParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this.#update('Settings.setPayloadEncryption', SettingsPayloadEncryptionParams, params, (value) => ({ payload_encryption: value }), options);
  }

  // One feature per request (contract §3.5): every setter wraps its validated params in exactly one top-level key.
  #update<S extends z.ZodMiniType>(
    operation: string,
    schema: S,
    value: unknown,
    toWire: (params: z.output<S>) => Record<string, unknown>,
    options: RequestOptions | undefined,
  ): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation,
        method: 'POST',
        path: path`${this.#phoneNumberId}/settings`,
        retry: 'safe',
        params: { schema, value, in: 'body', toWire },
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
      },
      options,
    );
  }
}
