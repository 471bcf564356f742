import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { path } from '../../internal/path.js';
import { paged } from '../../schemas/graph.js';
import { joinFields } from '../fields.js';
import { APIResource } from '../resource.js';
import { WabaInfo, type WabaField, type WabaInfoWith } from '../waba/schemas.js';
import { BusinessWabasListParams } from './schemas.js';

const WabaPage = paged(WabaInfo);

/** Which Business edge a {@link BusinessWabas} lists. */
export type BusinessWabasEdge = 'owned_whatsapp_business_accounts' | 'client_whatsapp_business_accounts';

/**
 * The WABAs of a business portfolio: `business.ownedWabas` (its own) or `business.clientWabas` (shared with it by
 * clients, e.g. through Embedded Signup).
 *
 * @example
 * for await (const waba of client.business('506914307656634').clientWabas.list({ fields: ['name', 'ownership_type'] })) {
 *   console.log(waba.id, waba.name);
 * }
 */
export class BusinessWabas extends APIResource {
  readonly #businessId: string;
  readonly #edge: BusinessWabasEdge;

  /** @internal */
  constructor(client: GraphRequester, businessId: string, edge: BusinessWabasEdge) {
    super(client);
    this.#businessId = businessId;
    this.#edge = edge;
  }

  /**
   * Lists the WABAs: `await` for the first page, `for await` for every WABA across pages.
   *
   * Safe: retried on connection errors, 5xx and throttles. Needs `business_management` on the token.
   *
   * @throws {ValidationError} for a malformed field name or filter, or a limit outside 1–100 (nothing sent).
   * @throws {PermissionError} when the token lacks `business_management` or access to the portfolio.
   * @example
   * const eligible = await business.ownedWabas.list({
   *   fields: ['name', 'marketing_messages_onboarding_status'],
   *   filtering: [{ field: 'marketing_messages_onboarding_status', operator: 'IN', value: ['ELIGIBLE'] }],
   * });
   */
  list<const F extends WabaField = 'name'>(
    params: Omit<BusinessWabasListParams, 'fields'> & { readonly fields?: readonly F[] } = {},
    options?: RequestOptions,
  ): PagePromise<WabaInfoWith<F>> {
    const operation = this.#edge === 'owned_whatsapp_business_accounts' ? 'Business.ownedWabas.list' : 'Business.clientWabas.list';
    return new PagePromise((after) =>
      this._client.request(
        {
          operation,
          method: 'GET',
          path: `${path`${this.#businessId}`}/${this.#edge}`,
          retry: 'safe',
          params: {
            schema: BusinessWabasListParams,
            value: after === undefined ? params : { ...params, after, before: undefined },
            in: 'query',
            toWire: joinFields,
          },
          response: WabaPage,
          objectIds: [this.#businessId],
        },
        options,
      ) as never,
    );
  }
}
