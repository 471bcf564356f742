import * as z from 'zod/mini';
import { CommerceSettingsUpdateParams } from '../resources/commerce/schemas.js';
import { defineOperation } from './define.js';

/** Read cart and catalog visibility — safe. */
export const retrieveCommerceSettings = defineOperation({ name: 'CommerceSettings.retrieve', retry: 'safe', params: z.strictObject({}) });

/** Show or hide the cart and the catalog — an idempotent set: safe. */
export const updateCommerceSettings = defineOperation({ name: 'CommerceSettings.update', retry: 'safe', params: CommerceSettingsUpdateParams });
