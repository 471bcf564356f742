import type { SimStore } from '../state/store.js';
import type { SimBusiness, SimPhoneNumber, SimWaba } from '../state/types.js';
import { SimGraphError, unsupportedRequest } from '../wire/graph-error.js';
import { blockUsersRoutes } from '../handlers/block-users.js';
import { businessNodeRoutes, clientWabasRoutes, ownedWabasRoutes } from '../handlers/business.js';
import { businessProfileRoutes } from '../handlers/business-profile.js';
import { commerceRoutes } from '../handlers/commerce.js';
import { conversationalAutomationRoutes } from '../handlers/conversational-automation.js';
import { officialBusinessAccountRoutes } from '../handlers/official-business-account.js';
import { phoneNodeRoutes } from '../handlers/phone-node.js';
import { addPhoneNumber } from '../handlers/phone-numbers-add.js';
import { listPhoneNumbers } from '../handlers/phone-numbers-list.js';
import { qrCodeRoutes } from '../handlers/qr-codes.js';
import { deregisterRoutes, registerRoutes } from '../handlers/registration.js';
import { settingsRoutes } from '../handlers/settings.js';
import { subscribedAppsRoutes } from '../handlers/subscribed-apps.js';
import { requestCodeRoutes, verifyCodeRoutes } from '../handlers/verification.js';
import { wabaNodeRoutes } from '../handlers/waba-node.js';
import type { EdgeRoutes, Handler } from './context.js';

/** Which object a path's first segment names, and the routes of its edges. @internal */

const PHONE_ROUTES: Readonly<Record<string, EdgeRoutes<SimPhoneNumber>>> = {
  '': phoneNodeRoutes,
  request_code: requestCodeRoutes,
  verify_code: verifyCodeRoutes,
  register: registerRoutes,
  deregister: deregisterRoutes,
  settings: settingsRoutes,
  whatsapp_business_profile: businessProfileRoutes,
  conversational_automation: conversationalAutomationRoutes,
  message_qrdls: qrCodeRoutes,
  block_users: blockUsersRoutes,
  whatsapp_commerce_settings: commerceRoutes,
  official_business_account: officialBusinessAccountRoutes,
};

const WABA_ROUTES: Readonly<Record<string, EdgeRoutes<SimWaba>>> = {
  '': wabaNodeRoutes,
  phone_numbers: { GET: listPhoneNumbers, POST: addPhoneNumber },
  subscribed_apps: subscribedAppsRoutes,
};

const BUSINESS_ROUTES: Readonly<Record<string, EdgeRoutes<SimBusiness>>> = {
  '': businessNodeRoutes,
  owned_whatsapp_business_accounts: ownedWabasRoutes,
  client_whatsapp_business_accounts: clientWabasRoutes,
};

/** Edges that take one more path segment (`/message_qrdls/{code}`). */
const WITH_SUB = new Set(['message_qrdls']);

/** A resolved route: the handler bound to its target, and the WABA whose budget the call uses. @internal */
export interface ResolvedRoute {
  readonly run: Handler<void>;
  readonly wabaId: string | undefined;
  readonly sub: string | undefined;
}

function pick<T>(
  routes: Readonly<Record<string, EdgeRoutes<T>>>,
  target: T,
  id: string,
  rest: readonly string[],
  method: string,
): { run: Handler<void>; sub: string | undefined } {
  const edge = rest[0] ?? '';
  const edgeRoutes = Object.hasOwn(routes, edge) ? routes[edge] : undefined;
  const tooDeep = rest.length > (WITH_SUB.has(edge) ? 2 : 1);
  if (!edgeRoutes || tooDeep) {
    throw new SimGraphError({ code: 2500, message: `Unknown path components: /${rest.join('/')}` });
  }
  const handler = method === 'GET' || method === 'POST' || method === 'DELETE' ? edgeRoutes[method] : undefined;
  if (!handler) throw unsupportedRequest(method, id);
  return { run: (ctx) => handler(ctx, target), sub: rest[1] };
}

/**
 * Finds the handler for `/{id}/{edge?}/{sub?}`.
 * @throws SimGraphError 100/33 for an unknown object or unsupported method, 2500 for an unknown edge.
 * @internal
 */
export function resolveRoute(store: SimStore, segments: readonly string[], method: string): ResolvedRoute {
  const [id, ...rest] = segments;
  if (id === undefined || id === '') throw unsupportedRequest(method, '');
  const phone = store.phones.get(id);
  if (phone) return { ...pick(PHONE_ROUTES, phone, id, rest, method), wabaId: phone.wabaId };
  const waba = store.wabas.get(id);
  if (waba) return { ...pick(WABA_ROUTES, waba, id, rest, method), wabaId: waba.id };
  const business = store.businesses.get(id);
  if (business) return { ...pick(BUSINESS_ROUTES, business, id, rest, method), wabaId: undefined };
  throw unsupportedRequest(method, id);
}
