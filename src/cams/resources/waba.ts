import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { addPhoneNumber } from '../../operations/waba.js';
import { withPhoneParts } from '../../resources/waba/phone-parts.js';
import type { WithPhone } from '../../resources/waba/phone-numbers-schemas.js';
import { DisplayName } from '../../schemas/display-name.js';
import { CountryCallingCode, NationalNumber, WabaId } from '../../schemas/ids.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import {
  CamsBoundWaba,
  CamsHealth,
  CamsNumberList,
  NoPayload,
  toHealthStatus,
  toPhoneNumberInfo,
  toWabaInfo,
  type CamsHealthStatus,
  type CamsPhoneNumberInfo,
  type CamsSuccess,
  type CamsWabaInfo,
} from './schemas.js';
import { markUnsupported } from './unsupported.js';

/** Params of CAMS `phoneNumbers.add` (`AddChatappPhoneNumber`, contract §4.2): no migrate flag, no pre-verified id. */
export const CamsPhoneNumberAddParams = z.strictObject({ cc: CountryCallingCode, phone_number: NationalNumber, verified_name: DisplayName });
export type CamsPhoneNumberAddParams = z.infer<typeof CamsPhoneNumberAddParams>;
/** What CAMS `phoneNumbers.add` accepts: `cc` + `phone_number`, or `phone: '+65 8123 4567'`. */
export type CamsPhoneNumberAddInput = CamsPhoneNumberAddParams | WithPhone<CamsPhoneNumberAddParams>;

const NO_PARAMS = z.strictObject({});
const retrieveWaba = defineOperation({ name: 'Waba.retrieve', retry: 'safe', params: NO_PARAMS });
const listNumbers = defineOperation({ name: 'WabaPhoneNumbers.list', retry: 'safe', params: NO_PARAMS });
// Sync makes CAMS re-read the numbers from Meta and returns them: repeating it changes nothing, so it is a safe read.
const syncNumbers = defineOperation({ name: 'WabaPhoneNumbers.sync', retry: 'safe', params: NO_PARAMS });
const wabaHealth = defineOperation({ name: 'Waba.healthStatus', retry: 'safe', params: NO_PARAMS });
const mmlStatus = defineOperation({ name: 'Waba.marketingMessagesOnboardingStatus', retry: 'safe', params: NO_PARAMS });
/** Params of `waba.onboardMarketingMessagesLite`: Meta's MM Lite signup code and the WABA. */
export const CamsMmlOnboardParams = z.strictObject({
  code: z.string('code must be a string').check(z.regex(/^[\x21-\x7e]{1,2048}$/, 'code must be the MM Lite signup code: 1 to 2048 visible ASCII characters')),
  waba_id: WabaId,
});
export type CamsMmlOnboardParams = z.infer<typeof CamsMmlOnboardParams>;
// The signup code works once: never retried.
const mmlOnboard = defineOperation({ name: 'Waba.onboardMarketingMessagesLite', retry: 'never', params: CamsMmlOnboardParams });

const toInfos = (numbers: z.infer<typeof CamsNumberList>): CamsPhoneNumberInfo[] =>
  (numbers ?? []).map((entry) => toPhoneNumberInfo(entry.PhoneNumber?.replace(/\D/g, '') ?? '', entry));

/**
 * The numbers of the channel's WABA on CAMS: `client.waba().phoneNumbers`. CAMS has no paging: `list()` returns
 * every number at once.
 *
 * @example
 * const { phone_number } = await client.waba().phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Lucky Shrub' });
 * const connected = (await client.waba().phoneNumbers.list()).filter((number) => number.status === 'CONNECTED');
 */
export class CamsWabaPhoneNumbers extends CamsResource {
  /**
   * Lists every number of the channel with its status (`QueryChatappPhoneNumbers`). Safe: retried on transient
   * failures. CAMS returns no Meta ids here; `client.phoneNumber(digits).retrieve()` has the id.
   *
   * @example
   * const numbers = await waba.phoneNumbers.list();
   */
  list(options?: CamsRequestOptions): Promise<CamsPhoneNumberInfo[]> {
    return this._client.request(
      camsSpec(listNumbers, {}, {
        action: 'QueryChatappPhoneNumbers',
        custSpaceId: 'optional',
        toWire: () => ({}),
        unwrap: (body) => body['PhoneNumbers'],
        response: CamsNumberList,
        result: toInfos,
      }),
      options,
    );
  }

  /**
   * Has CAMS re-read the numbers from Meta, then returns them like `list()` (`ChatappSyncPhoneNumber`). Safe.
   *
   * @example
   * const fresh = await waba.phoneNumbers.sync();
   */
  sync(options?: CamsRequestOptions): Promise<CamsPhoneNumberInfo[]> {
    return this._client.request(
      camsSpec(syncNumbers, {}, {
        action: 'ChatappSyncPhoneNumber',
        toWire: () => ({}),
        unwrap: (body) => body['PhoneNumbers'],
        response: CamsNumberList,
        result: toInfos,
      }),
      options,
    );
  }

  /**
   * Adds a number to the channel's WABA (`AddChatappPhoneNumber`): then request a code and verify-and-register.
   * Same params as Graph's plain add; `phone: '+65 8123 4567'` is split with libphonenumber-js, loaded only then.
   *
   * Never retried: a lost answer gives an `OutcomeUnknownError` — list the numbers before adding again. CAMS
   * returns no id (contract §4.2); the result names the number as CAMS keys it (`cc` + `phone_number`).
   *
   * @throws {ValidationError} for a malformed number or display name (nothing sent).
   * @throws {APIError} mapped CAMS errors · `OutcomeUnknownError`.
   * @example
   * const { phone_number } = await waba.phoneNumbers.add({ cc: '65', phone_number: '81234567', verified_name: 'Lucky Shrub' });
   */
  async add(params: CamsPhoneNumberAddInput, options?: CamsRequestOptions): Promise<{ readonly success: true; readonly phone_number: string }> {
    const value = await withPhoneParts(params, 'WabaPhoneNumbers.add params');
    return this._client.request(
      camsSpec(addPhoneNumber, value, {
        action: 'AddChatappPhoneNumber',
        params: CamsPhoneNumberAddParams,
        toWire: (p) => ({ Cc: p.cc, PhoneNumber: p.phone_number, VerifiedName: p.verified_name }),
        response: NoPayload,
        result: () => {
          const p = value as CamsPhoneNumberAddParams;
          return { success: true as const, phone_number: `${p.cc}${p.phone_number}` };
        },
        reconcileHint: 'List the numbers with client.waba().phoneNumbers.list() to see whether the number was added before adding it again.',
      }),
      options,
    );
  }
}

/**
 * The WABA bound to the channel on CAMS: `client.waba()` (CAMS keys everything by `CustSpaceId`; contract §1.3).
 *
 * @example
 * const { id, name, account_review_status } = await client.waba().retrieve();
 */
export class CamsWaba extends CamsResource {
  /** The channel's numbers: list (all at once), add, sync. */
  readonly phoneNumbers: CamsWabaPhoneNumbers;

  /** @internal */
  constructor(client: CamsRequester) {
    super(client);
    this.phoneNumbers = new CamsWabaPhoneNumbers(client);
  }

  /**
   * Reads the bound WABA (`QueryChatappBindWaba`), with Graph's field names: id, name, currency, review status,
   * template namespace, owner business, coexistence and MM Lite flags. Safe: retried on transient failures.
   *
   * @example
   * const { id, account_review_status } = await client.waba().retrieve();
   */
  retrieve(options?: CamsRequestOptions): Promise<CamsWabaInfo> {
    return this._client.request(
      camsSpec(retrieveWaba, {}, {
        action: 'QueryChatappBindWaba',
        custSpaceId: 'optional',
        toWire: () => ({}),
        response: CamsBoundWaba,
        result: toWabaInfo,
      }),
      options,
    );
  }
  /**
   * Reads whether the WABA can send, and why not, in Graph's `health_status` shape — the same result as
   * `client.phoneNumber(digits).healthStatus()`, with the WABA, business and app entities (`GetWhatsappHealthStatus`,
   * `NodeType=waba`, contract §4.2).
   *
   * Two safe reads, retried on transient failures: `QueryChatappBindWaba` for the channel's WABA id, which the health
   * call takes as `WabaId` for a `waba` node, then the health call itself. CAMS calls Meta for it; Meta's limits
   * apply (QPS 5).
   *
   * @throws {APIError} mapped CAMS errors, e.g. for a channel without a bound WABA.
   * @example
   * const { can_send_message, entities } = await client.waba().healthStatus();
   * const blocked = entities?.filter((e) => e.can_send_message === 'BLOCKED');
   */
  async healthStatus(options?: CamsRequestOptions): Promise<CamsHealthStatus> {
    const { id } = await this.retrieve(options);
    return this._client.request(
      camsSpec(wabaHealth, {}, {
        action: 'GetWhatsappHealthStatus',
        toWire: () => ({ NodeType: 'waba', ...(id === undefined ? {} : { WabaId: id }) }),
        response: CamsHealth,
        result: toHealthStatus,
      }),
      options,
    );
  }

  /**
   * Whether Marketing Messages Lite is active for the channel (`QueryMMLActive`), as CAMS reports it (`Data`; the
   * values are undocumented, contract §4.8); `undefined` when CAMS sends none. The Graph client's method of the same
   * name reads `marketing_messages_onboarding_status`. Safe.
   * @example
   * const status = await client.waba().marketingMessagesOnboardingStatus();
   */
  marketingMessagesOnboardingStatus(options?: CamsRequestOptions): Promise<string | undefined> {
    return this._client.request(
      camsSpec(mmlStatus, {}, { action: 'QueryMMLActive', custSpaceId: 'optional', toWire: () => ({}), response: z.optional(z.string('must be a string')), result: (data) => data }),
      options,
    );
  }

  /**
   * Hands Meta's MM Lite signup code to CAMS (`UpdateWabaMmlStatus`). The code travels only in the signed form body
   * and is redacted from logs and errors. Never retried (the code works once).
   * @throws {ValidationError} for a malformed code or WABA id (nothing sent) · `APIError` · `OutcomeUnknownError`.
   * @example
   * await client.waba().onboardMarketingMessagesLite({ code, waba_id: '102290129340398' });
   */
  onboardMarketingMessagesLite(params: CamsMmlOnboardParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(mmlOnboard, params, {
        action: 'UpdateWabaMmlStatus',
        toWire: (p) => ({ Code: p.code, WabaId: p.waba_id }),
        formParams: ['Code'],
        response: NoPayload,
        result: (): CamsSuccess => ({ success: true }),
        reconcileHint: 'Read client.waba().marketingMessagesOnboardingStatus() (QueryMMLActive) before submitting a new signup code.',
      }),
      options,
    );
  }

}

markUnsupported(CamsWaba, 'Waba', {
  methods: { update: 'CAMS has no operation to change WABA settings (contract §4.1)' },
  getters: { subscribedApps: 'CAMS manages the app subscription itself (contract §4.1)' },
});
