import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { graphSpec } from '../../core/graph-spec.js';
import { retrieveCommerceSettings, updateCommerceSettings } from '../../operations/commerce.js';
import { firstItem } from '../phone-number/first-item.js';
import { APIResource } from '../resource.js';
import { CommerceSettingsList, CommerceSettingsUpdateParams, type CommerceSettingsInfo } from './schemas.js';

/**
 * Commerce settings of the number — cart and catalog visibility: `client.phoneNumber(id).commerce`.
 *
 * @example
 * await client.phoneNumber('106540352242922').commerce.update({ is_cart_enabled: true, is_catalog_visible: true });
 */
export class CommerceSettings extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Reads the commerce settings. Graph answers with a one-item list; you get the settings object (`{}` when the
   * list is empty: nothing was ever set).
   *
   * Safe: retried on transient failures.
   *
   * @throws {ValidationError} when Graph's answer holds more than one settings object.
   * @example
   * const { is_cart_enabled, is_catalog_visible } = await phone.commerce.retrieve();
   */
  async retrieve(options?: RequestOptions): Promise<CommerceSettingsInfo> {
    const list = await this._client.request(
      graphSpec(retrieveCommerceSettings, {}, {
        method: 'GET',
        path: path`${this.#phoneNumberId}/whatsapp_commerce_settings`,
        in: 'query',
        response: CommerceSettingsList,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
    return firstItem(list) ?? {};
  }

  /**
   * Shows or hides the cart and the catalog. Only the flags you pass change.
   *
   * Sent as query parameters of the POST, as Meta documents it (contract §3.10). Safe: an idempotent set.
   *
   * @throws {ValidationError} when neither flag is given or a flag is not a boolean (nothing sent).
   * @example
   * await phone.commerce.update({ is_catalog_visible: false });
   */
  update(params: CommerceSettingsUpdateParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      graphSpec(updateCommerceSettings, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/whatsapp_commerce_settings`,
        in: 'query',
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
      }),
      options,
    );
  }
}
