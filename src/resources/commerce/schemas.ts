import * as z from 'zod/mini';
import { looseObject, optionalBoolean, optionalString } from '../../schemas/shape.js';

/**
 * Params of `phone.commerce.update` (contract §3.10): show the cart in the chat, show the catalog on the
 * profile. Send at least one.
 */
export const CommerceSettingsUpdateParams = z
  .strictObject({
    is_cart_enabled: z.optional(z.boolean('is_cart_enabled must be a boolean')),
    is_catalog_visible: z.optional(z.boolean('is_catalog_visible must be a boolean')),
  })
  .check(
    z.refine((params) => params.is_cart_enabled !== undefined || params.is_catalog_visible !== undefined, 'update needs is_cart_enabled and/or is_catalog_visible'),
  );
export type CommerceSettingsUpdateParams = z.infer<typeof CommerceSettingsUpdateParams>;

/**
 * The number's commerce settings: `{ id, is_cart_enabled, is_catalog_visible }`.
 *
 * @example
 * const { is_cart_enabled } = await phone.commerce.retrieve();
 */
export const CommerceSettingsInfo = looseObject({
  id: optionalString(),
  is_cart_enabled: optionalBoolean(),
  is_catalog_visible: optionalBoolean(),
});
export type CommerceSettingsInfo = z.infer<typeof CommerceSettingsInfo>;

/**
 * `{ data: [settings] }`, the answer of `GET /{PHONE_NUMBER_ID}/whatsapp_commerce_settings`: one settings object,
 * or `{ data: [] }` for a number whose commerce settings were never set (read as `{}`: nothing enabled). More than
 * one item fails.
 */
export const CommerceSettingsList = looseObject({
  data: z.array(CommerceSettingsInfo, 'must be an array').check(z.maxLength(1, 'must hold at most one settings object')),
});
