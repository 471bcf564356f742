import { retrieveCommerceSettings, updateCommerceSettings } from '../../operations/commerce.js';
import { CommerceSettingsUpdateParams, type CommerceSettingsInfo } from '../../resources/commerce/schemas.js';
import { parseOrThrow } from '../../internal/validate.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './schemas.js';
import { CamsCommerce, toCommerceInfo } from './settings-payloads.js';

/**
 * Cart and catalog visibility on CAMS: `client.phoneNumber('+65 8123 4567').commerce`. Same methods, params and
 * result fields as Graph's `CommerceSettings` (`is_cart_enabled`, `is_catalog_visible`).
 *
 * @example
 * await client.phoneNumber('+65 8123 4567').commerce.update({ is_cart_enabled: true, is_catalog_visible: true });
 */
export class CamsCommerceSettings extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Reads the commerce settings (`GetCommerceSetting`); `{}` when CAMS reports none. Safe.
   *
   * @throws {APIError} mapped CAMS errors.
   * @example
   * const { is_cart_enabled, is_catalog_visible } = await phone.commerce.retrieve();
   */
  retrieve(options?: CamsRequestOptions): Promise<CommerceSettingsInfo> {
    return this._client.request(
      camsSpec(retrieveCommerceSettings, {}, {
        action: 'GetCommerceSetting',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: CamsCommerce,
        result: toCommerceInfo,
      }),
      options,
    );
  }

  /**
   * Shows or hides the cart and the catalog (`UpdateCommerceSetting`). Only the flags you pass change, as on
   * Graph — but CAMS requires both flags on every update (contract §4.5), so when you pass one the other is read
   * first (`GetCommerceSetting`, one more safe call) and sent back unchanged; a change made elsewhere between the
   * two calls would be overwritten. Pass both to send one call.
   *
   * Safe: an idempotent set.
   *
   * @throws {ValidationError} when neither flag is given or a flag is not a boolean (nothing sent).
   * @throws {APIError} mapped CAMS errors.
   * @example
   * await phone.commerce.update({ is_cart_enabled: false, is_catalog_visible: true });
   */
  async update(params: CommerceSettingsUpdateParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    const wanted = parseOrThrow(CommerceSettingsUpdateParams, params, 'request', { subject: 'CommerceSettings.update params' });
    const current = wanted.is_cart_enabled === undefined || wanted.is_catalog_visible === undefined ? await this.retrieve(options) : {};
    const cart = wanted.is_cart_enabled ?? current.is_cart_enabled ?? false;
    const catalog = wanted.is_catalog_visible ?? current.is_catalog_visible ?? false;
    return this._client.request(
      camsSpec(updateCommerceSettings, wanted, {
        action: 'UpdateCommerceSetting',
        toWire: () => ({ PhoneNumber: this.#digits, CartEnable: cart, CatalogVisible: catalog }),
        response: NoPayload,
        result: () => ({ success: true }),
      }),
      options,
    );
  }
}
