import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import {
  OfficialBusinessAccountApplyParams,
  OfficialBusinessAccountNode,
  type OfficialBusinessAccountStatus,
} from './schemas.js';

/**
 * The Official Business Account (blue check mark) application of the number:
 * `client.phoneNumber(id).officialBusinessAccount`.
 *
 * Eligibility ([D-OBA]): two-step verification on, display name approved, business portfolio verified, 30 days
 * on the platform, and a notable brand. A rejected application can be submitted again after 30 days.
 *
 * @example
 * const oba = client.phoneNumber('106540352242922').officialBusinessAccount;
 * await oba.apply({ business_website_url: 'https://www.luckyshrub.com', primary_country_of_operation: 'United States of America', primary_language: 'English' });
 * const { oba_status } = await oba.status();
 */
export class OfficialBusinessAccount extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Submits an application for Official Business Account status. `{ success: true }` means it was submitted, not
   * approved; follow it with {@link OfficialBusinessAccount.status}.
   *
   * Never retried: it is a submission Meta reviews, and a rejection blocks new applications for 30 days. If the
   * answer is lost you get an `OutcomeUnknownError`; read {@link OfficialBusinessAccount.status} before applying again.
   *
   * @throws {ValidationError} for a website or link without `http(s)://`, more than 5 links, or missing required
   *   fields (nothing sent).
   * @throws {InvalidRequestError} when the number is not eligible · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * await phone.officialBusinessAccount.apply({
   *   business_website_url: 'https://www.luckyshrub.com',
   *   primary_country_of_operation: 'United States of America',
   *   primary_language: 'English',
   *   parent_business_or_brand: 'Lucky Shrub LLC',
   *   supporting_links: ['https://www.retailreview.com/gardening/2025/lucky-shrub'],
   * });
   */
  apply(params: OfficialBusinessAccountApplyParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'OfficialBusinessAccount.apply',
        method: 'POST',
        path: path`${this.#phoneNumberId}/official_business_account`,
        retry: 'never',
        params: { schema: OfficialBusinessAccountApplyParams, value: params, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
        reconcileHint:
          "Read phone.officialBusinessAccount.status(): an oba_status other than NOT_STARTED means the application was received.",
      },
      options,
    );
  }

  /**
   * Reads the application state (`GET /{id}?fields=official_business_account`): `oba_status` is `NOT_STARTED`
   * before any application. Returns `{}` if Graph omits the field.
   *
   * Safe: retried on transient failures.
   *
   * @example
   * const { oba_status } = await phone.officialBusinessAccount.status();
   * if (oba_status === 'REJECTED') scheduleReapplyIn30Days();
   */
  async status(options?: RequestOptions): Promise<OfficialBusinessAccountStatus> {
    const node = await this._client.request(
      {
        operation: 'OfficialBusinessAccount.status',
        method: 'GET',
        path: path`${this.#phoneNumberId}`,
        retry: 'safe',
        fixed: { fields: 'official_business_account' },
        response: OfficialBusinessAccountNode,
        objectIds: [this.#phoneNumberId],
      },
      options,
    );
    return node.official_business_account ?? {};
  }
}
