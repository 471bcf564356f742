import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { graphSpec } from '../../core/graph-spec.js';
import { path } from '../../internal/path.js';
import { addPhoneNumber } from '../../operations/waba.js';
import { IdResponse, paged } from '../../schemas/graph.js';
import { PhoneNumberInfo, type PhoneNumberField } from '../../schemas/phone-number-info.js';
import type { PhoneNumberInfoWith } from '../phone-number/schemas.js';
import { APIResource } from '../resource.js';
import { joinFields } from '../fields.js';
import {
  WabaPhoneNumbersListParams,
  type WabaPhoneNumberAddInput,
} from './phone-numbers-schemas.js';
import { withPhoneParts } from './phone-parts.js';

const PhoneNumberPage = paged(PhoneNumberInfo);

/**
 * The phone numbers of one WABA: `client.waba(id).phoneNumbers`.
 *
 * @example
 * const { id } = await client.waba('102290129340398').phoneNumbers.add({ phone: '+65 8123 4567', verified_name: 'Lucky Shrub' });
 * for await (const number of client.waba('102290129340398').phoneNumbers.list({ fields: ['status'] })) {
 *   console.log(number.id, number.status);
 * }
 */
export class WabaPhoneNumbers extends APIResource {
  readonly #wabaId: string;

  /** @internal */
  constructor(client: GraphRequester, wabaId: string) {
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

  /**
   * Adds a phone number to the WABA (then request a code, verify it and register the number), or starts a
   * migration from another WABA with `migrate_phone_number: true`. Returns the new phone number id.
   *
   * Never retried: a repeated add can fail as a duplicate or count against the WABA's number cap, so an answer
   * lost on the way back gives an `OutcomeUnknownError` — list the WABA's numbers before trying again.
   * Pass `phone: '+65 8123 4567'` instead of `cc` + `phone_number` to have the number split for you; only then is
   * libphonenumber-js loaded (on demand, to keep cold starts small).
   *
   * For a migration or onboarding that survives between invocations, use `client.migration.start` /
   * `client.onboarding.start`: they return a resumable checkpoint.
   *
   * @throws {ValidationError} for a malformed number, a missing `verified_name` on a plain add, or unknown params
   *   (nothing sent).
   * @throws {MigrationError} 2388xxx (e.g. 2388012 already in your list, 2388103 migration blocked — read `details`).
   * @throws {InvalidRequestError} (#100), e.g. "Param migrate_phone_number must be false" for a plain add.
   * @throws {OutcomeUnknownError} when the request was sent but no answer came back.
   * @example
   * const { id } = await waba.phoneNumbers.add({ cc: '1', phone_number: '6315551234', verified_name: 'Lucky Shrub' });
   * const { id: moved } = await waba.phoneNumbers.add({ phone: '+1 631-555-1234', migrate_phone_number: true });
   */
  async add(params: WabaPhoneNumberAddInput, options?: RequestOptions): Promise<IdResponse> {
    const value = await withPhoneParts(params, 'WabaPhoneNumbers.add params');
    return this._client.request(
      graphSpec(addPhoneNumber, value, {
        method: 'POST',
        path: path`${this.#wabaId}/phone_numbers`,
        in: 'body',
        response: IdResponse,
        objectIds: [this.#wabaId],
        reconcileHint:
          "List the WABA's numbers with waba.phoneNumbers.list({ fields: ['display_phone_number'] }) to see whether the number was added before adding it again.",
      }),
      options,
    );
  }
}
