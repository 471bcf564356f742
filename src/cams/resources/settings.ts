import { defineOperation } from '../../operations/define.js';
import { SettingsRetrieveParams } from '../../resources/settings/schemas.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { findEntry, toCallingSettings, type CamsPhoneNumberSettingsInfo } from './number-settings.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { CamsNumberSettingsList } from './settings-payloads.js';
import { markUnsupported } from './unsupported.js';

// Graph's params, so `retrieve({ include_sip_credentials: true })` reads the same on both; CAMS reports no SIP
// servers, so there are no credentials to include.
const readSettings = defineOperation({ name: 'Settings.retrieve', retry: 'safe', params: SettingsRetrieveParams });

/**
 * A number's feature settings on CAMS: `client.phoneNumber('+65 8123 4567').settings` — read-only. CAMS reports
 * the calling configuration in the number list and has no operation to change any setting (contract §4.9, §5):
 * Graph's `setIdentityChangeCheck`, `setLocalStorage`, `updateCalling` and `setPayloadEncryption` are absent and,
 * from plain JavaScript, throw `UnsupportedOperationError`. (CAMS's Flows encryption key is
 * `phone.flowsEncryption`, a different key from Graph's payload encryption.)
 *
 * @example
 * const { calling } = await client.phoneNumber('+65 8123 4567').settings.retrieve();
 * const callingOn = calling?.status === 'ENABLED';
 */
export class CamsSettings extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads the calling configuration from the number list (`QueryChatappPhoneNumbers`, `CallingConfigure`) in
   * Graph's `calling` shape (`status`, `call_icon_visibility`, `callback_permission_status`, `call_hours`), plus
   * CAMS's `callback_url` and `max_talk_time`. `{}` when the number is not in the list or has no configuration.
   *
   * Same params as Graph's; `include_sip_credentials` has no effect (CAMS reports no SIP servers). Safe: retried
   * on transient failures.
   *
   * @throws {ValidationError} for an unknown param (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { calling } = await phone.settings.retrieve();
   */
  retrieve(params: SettingsRetrieveParams = {}, options?: CamsRequestOptions): Promise<CamsPhoneNumberSettingsInfo> {
    return this._client.request(
      camsSpec(readSettings, params, {
        action: 'QueryChatappPhoneNumbers',
        custSpaceId: 'optional',
        toWire: () => ({}),
        unwrap: (body) => body['PhoneNumbers'],
        response: CamsNumberSettingsList,
        result: (list) => {
          const calling = toCallingSettings(findEntry(list, this.#digits)?.CallingConfigure);
          return calling === undefined ? {} : { calling };
        },
      }),
      options,
    );
  }
}

const READ_ONLY = 'CAMS has no settings operation; calling is read-only from the number list (contract §4.9, §5)';
markUnsupported(CamsSettings, 'Settings', {
  methods: {
    setIdentityChangeCheck: 'CAMS has no identity-change check setting (contract §5)',
    setLocalStorage: 'CAMS has no local-storage region (contract §5)',
    updateCalling: READ_ONLY,
    setPayloadEncryption: 'CAMS has no payload-encryption setting; the Flows encryption key is phone.flowsEncryption (contract §4.4)',
  },
});
