import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { path } from '../../internal/path.js';
import { IdResponse, paged } from '../../schemas/graph.js';
import { joinFields } from '../fields.js';
import { APIResource } from '../resource.js';
import {
  PreverifiedNumberAddParams,
  PreverifiedNumberInfo,
  PreverifiedNumbersListParams,
  type PreverifiedNumberField,
} from './schemas.js';

const PreverifiedNumberPage = paged(PreverifiedNumberInfo);

/** A pre-verified number narrowed to the fields you asked for. */
export type PreverifiedNumberInfoWith<F extends PreverifiedNumberField> = Pick<PreverifiedNumberInfo, F | 'id'>;

/**
 * The pre-verified phone numbers of a business portfolio: `client.business(id).preverifiedNumbers` — numbers a
 * solution partner verified in advance, to hand to clients in Embedded Signup (contract §4.3).
 *
 * @example
 * const { id } = await client.business('506914307656634').preverifiedNumbers.add({ phone_number: '+16315551234' });
 */
export class PreverifiedNumbers extends APIResource {
  readonly #businessId: string;

  /** @internal */
  constructor(client: GraphRequester, businessId: string) {
    super(client);
    this.#businessId = businessId;
  }

  /**
   * Lists the portfolio's pre-verified numbers, optionally only those with a verification status or one number.
   *
   * Safe: retried on connection errors, 5xx and throttles.
   *
   * @throws {ValidationError} for an unknown status, a number not in E.164 form or a bad limit (nothing sent).
   * @example
   * for await (const number of business.preverifiedNumbers.list({ code_verification_status: 'VERIFIED', fields: ['phone_number', 'verification_expiry_time'] })) {
   *   console.log(number.phone_number, number.verification_expiry_time);
   * }
   */
  list<const F extends PreverifiedNumberField = 'phone_number' | 'code_verification_status'>(
    params: Omit<PreverifiedNumbersListParams, 'fields'> & { readonly fields?: readonly F[] } = {},
    options?: RequestOptions,
  ): PagePromise<PreverifiedNumberInfoWith<F>> {
    return new PagePromise((after) =>
      this._client.request(
        {
          operation: 'PreverifiedNumbers.list',
          method: 'GET',
          path: path`${this.#businessId}/preverified_numbers`,
          retry: 'safe',
          params: {
            schema: PreverifiedNumbersListParams,
            value: after === undefined ? params : { ...params, after, before: undefined },
            in: 'query',
            toWire: joinFields,
          },
          response: PreverifiedNumberPage,
          objectIds: [this.#businessId],
        },
        options,
      ) as never,
    );
  }

  /**
   * Adds a number to the portfolio's pre-verified numbers and returns its pre-verified id (then request and
   * verify a code on that id).
   *
   * Never retried: a repeated add can create a duplicate entry; a lost answer gives an `OutcomeUnknownError` —
   * list the pre-verified numbers with `phone_number` to check before adding again.
   *
   * @throws {ValidationError} when the number is not in E.164 form (nothing sent).
   * @throws {OutcomeUnknownError} when the request was sent but no answer came back.
   * @example
   * const { id } = await business.preverifiedNumbers.add({ phone_number: '+16315551234' });
   */
  add(params: PreverifiedNumberAddParams, options?: RequestOptions): Promise<IdResponse> {
    return this._client.request(
      {
        operation: 'PreverifiedNumbers.add',
        method: 'POST',
        path: path`${this.#businessId}/add_phone_numbers`,
        retry: 'never',
        params: { schema: PreverifiedNumberAddParams, value: params, in: 'body' },
        response: IdResponse,
        objectIds: [this.#businessId],
        reconcileHint: 'List business.preverifiedNumbers.list({ phone_number }) to see whether the number was added before adding it again.',
      },
      options,
    );
  }
}
