import type { SimBusiness } from '../state/types.js';
import { parseFields, selectFields } from '../wire/fields.js';
import { paginate } from '../wire/paging.js';
import { ok, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { wabaGetters } from './waba-node.js';

/**
 * `GET /{business}` and its WABA lists (contract §4.3). Every WABA of the business is listed as owned; the
 * client list is always empty in the simulator.
 * @internal
 */

function read(ctx: HandlerContext, business: SimBusiness): HandlerResult {
  const getters = {
    id: () => business.id,
    name: () => business.name,
    verification_status: () => (business.verified ? 'verified' : 'not_verified'),
  };
  return ok(selectFields(getters, parseFields(ctx.params.string('fields')), ['id', 'name'], 'Business'));
}

function owned(ctx: HandlerContext, business: SimBusiness): HandlerResult {
  const wabas = [...ctx.store.wabas.values()].filter((waba) => waba.businessId === business.id);
  const fields = parseFields(ctx.params.string('fields'));
  const page = paginate(wabas, (waba) => waba.id, ctx.params, ctx.url);
  return ok({
    ...page,
    data: page.data.map((waba) => selectFields(wabaGetters(ctx, waba), fields, ['id', 'name'], 'WhatsAppBusinessAccount')),
  });
}

function client(): HandlerResult {
  return ok({ data: [] });
}

/** @internal */
export const businessNodeRoutes: EdgeRoutes<SimBusiness> = { GET: read };
/** @internal */
export const ownedWabasRoutes: EdgeRoutes<SimBusiness> = { GET: owned };
/** @internal */
export const clientWabasRoutes: EdgeRoutes<SimBusiness> = { GET: client };
