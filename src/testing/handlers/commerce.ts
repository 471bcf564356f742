import type { SimPhoneNumber } from '../state/types.js';
import { invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/** `GET|POST /{phone}/whatsapp_commerce_settings` (contract §3.10). @internal */

function read(_ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const { commerce } = phone;
  return ok({ data: [{ id: commerce.id, is_cart_enabled: commerce.isCartEnabled, is_catalog_visible: commerce.isCatalogVisible }] });
}

function update(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const cart = ctx.params.bool('is_cart_enabled');
  const catalog = ctx.params.bool('is_catalog_visible');
  if (cart === undefined && catalog === undefined) {
    throw invalidParam('Expected is_cart_enabled or is_catalog_visible', 'The parameter is_cart_enabled is required');
  }
  if (cart !== undefined) phone.commerce.isCartEnabled = cart;
  if (catalog !== undefined) phone.commerce.isCatalogVisible = catalog;
  return success();
}

/** @internal */
export const commerceRoutes: EdgeRoutes<SimPhoneNumber> = { GET: read, POST: update };
