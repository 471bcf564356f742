import type { WabaClient } from '../../client.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { path } from '../../internal/path.js';
import { paged } from '../../schemas/graph.js';
import { PhoneNumberInfo, type PhoneNumberField } from '../../schemas/phone-number-info.js';
import type { PhoneNumberInfoWith } from '../phone-number/schemas.js';
import { APIResource } from '../resource.js';
import { joinFields } from '../fields.js';
import { WabaPhoneNumbersListParams } from './phone-numbers-schemas.js';

const PhoneNumberPage = paged(PhoneNumberInfo);

/**
 * The phone numbers of one WABA: `client.waba(id).phoneNumbers`.
 *
 * @example
 * for await (const number of client.waba('102290129340398').phoneNumbers.list({ fields: ['status'] })) {
 *   console.log(number.id, number.status);
 * }
 */
export class WabaPhoneNumbers extends APIResource {
  readonly #wabaId: string;

  /** @internal */
  constructor(client: WabaClient, wabaId: string) {
    super(client);
    this.#wabaId = wabaId;
  }

  /**
   * Lists the WABA's numbers: `await` for the first page, `for await` for every number across pages.
   *
   * Safe: retried on connection errors, 5xx and throttles. Each page counts toward the WABA's management usage
   * budget (200 calls/hour for a WABA without registered numbers; error 80008 past it).
   *
   * @throws {ValidationError} for an unknown sort, a limit outside 1–100 or a malformed filter (nothing sent).
   * @example
   * const page = await waba.phoneNumbers.list({
   *   fields: ['display_phone_number', 'status', 'quality_rating'],
   *   sort: 'last_onboarded_time_ascending',
   *   filtering: [{ field: 'account_mode', operator: 'EQUAL', value: 'LIVE' }],
   *   summary: 'total_count',
   * });
   * console.log(page.summary?.total_count, page.data.length);
   */
  list<const F extends PhoneNumberField = 'display_phone_number' | 'verified_name' | 'quality_rating'>(
    params: Omit<WabaPhoneNumbersListParams, 'fields'> & { readonly fields?: readonly F[] } = {},
    options?: RequestOptions,
  ): PagePromise<PhoneNumberInfoWith<F>> {
    return new PagePromise((after) =>
      this._client.request(
        {
          operation: 'WabaPhoneNumbers.list',
          method: 'GET',
          path: path`${this.#wabaId}/phone_numbers`,
          retry: 'safe',
          params: {
            schema: WabaPhoneNumbersListParams,
            value: after === undefined ? params : { ...params, after, before: undefined },
            in: 'query',
            toWire: joinFields,
          },
          response: PhoneNumberPage,
          objectIds: [this.#wabaId],
        },
        options,
      ) as never,
    );
  }
}
