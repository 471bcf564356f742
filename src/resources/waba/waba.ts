import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { WabaId } from '../../schemas/ids.js';
import { joinFields } from '../fields.js';
import { APIResource } from '../resource.js';
import { WabaPhoneNumbers } from './phone-numbers.js';
import {
  WabaInfo,
  WabaRetrieveParams,
  WabaUpdateParams,
  type MarketingMessagesOnboardingStatus,
  type WabaField,
  type WabaInfoWith,
} from './schemas.js';
import { WabaSubscribedApps } from './subscribed-apps.js';

/**
 * One WhatsApp Business Account, bound to its id: `client.waba(id)`.
 *
 * @example
 * const waba = client.waba('102290129340398');
 * const { name, account_review_status } = await waba.retrieve({ fields: ['name', 'account_review_status'] });
 * const first = await waba.phoneNumbers.list({ fields: ['status'] });
 */
export class Waba extends APIResource {
  /** The WABA id. */
  readonly id: string;
  /** The WABA's phone numbers: list and add. */
  readonly phoneNumbers: WabaPhoneNumbers;
  /** The apps that receive the WABA's webhooks: subscribe, list, unsubscribe. */
  readonly subscribedApps: WabaSubscribedApps;

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id.
   */
  constructor(client: GraphRequester, id: string) {
    super(client);
    this.id = parseOrThrow(WabaId, id, 'request', { subject: 'WABA id' });
    this.phoneNumbers = new WabaPhoneNumbers(client, this.id);
    this.subscribedApps = new WabaSubscribedApps(client, this.id);
  }

  /**
   * Reads the WABA: name, review and business-verification status, ownership, currency, health, Marketing
   * Messages onboarding…
   *
   * Safe: retried on connection errors, 5xx and throttles. Counts toward the WABA's management usage budget
   * (200 calls/hour for a WABA without registered numbers).
   *
   * @param params.fields the fields to read (typed; the result is narrowed to them). Default: Graph's `id, name`.
   * @throws {ValidationError} when a field name is malformed (nothing is sent).
   * @throws {APIError} mapped Graph errors, e.g. `InvalidRequestError` (#100) for an unknown id or field.
   * @example
   * const { account_review_status, ownership_type } = await waba.retrieve({ fields: ['account_review_status', 'ownership_type'] });
   */
  retrieve<const F extends WabaField = 'name'>(
    params: { readonly fields?: readonly F[] } = {},
    options?: RequestOptions,
  ): Promise<WabaInfoWith<F>> {
    return this._client.request(
      {
        operation: 'Waba.retrieve',
        method: 'GET',
        path: path`${this.id}`,
        retry: 'safe',
        params: { schema: WabaRetrieveParams, value: params, in: 'query', toWire: joinFields },
        response: WabaInfo,
        objectIds: [this.id],
      },
      options,
    ) as Promise<WabaInfoWith<F>>;
  }

  /**
   * Changes WABA settings: template insights, marketing messages on Cloud API, template auto-archival.
   *
   * Safe: setting a value is idempotent, so it is retried on connection errors, 5xx and throttles.
   *
   * @throws {ValidationError} when no setting is given, a value is not a boolean, or a key is unknown (nothing sent).
   * @throws {APIError} mapped Graph errors, e.g. 200006 "cannot disable template insights".
   * @example
   * await waba.update({ is_enabled_for_insights: true });
   */
  update(params: WabaUpdateParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'Waba.update',
        method: 'POST',
        path: path`${this.id}`,
        retry: 'safe',
        params: { schema: WabaUpdateParams, value: params, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.id],
      },
      options,
    );
  }

  /**
   * The WABA's Marketing Messages Lite onboarding status (`ELIGIBLE`, `ONBOARDED`…), or `undefined` when Graph
   * returns none. Since July 2025 a WABA must be onboarded to send marketing messages.
   *
   * One read of `GET /{WABA_ID}?fields=marketing_messages_onboarding_status` (safe, retried like any read). The
   * object form some nodes use (`{ status, time }`) is reduced to its `status`.
   *
   * @example
   * if ((await waba.marketingMessagesOnboardingStatus()) !== 'ONBOARDED') console.log('sign the MM Lite terms first');
   */
  async marketingMessagesOnboardingStatus(options?: RequestOptions): Promise<MarketingMessagesOnboardingStatus | undefined> {
    const info = await this.retrieve({ fields: ['marketing_messages_onboarding_status'] }, options);
    const status = info.marketing_messages_onboarding_status;
    return typeof status === 'object' ? status.status : status;
  }
}
