import { channelOf, numberOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import type { CamsHealth } from '../state/types.js';
import { gateway, missingParam } from '../wire/errors.js';
import { boundWaba } from './onboarding.js';

/**
 * `GetWhatsappHealthStatus` (contract §4.2, §3.6): Meta's `health_status` of a WABA, number or template, with the
 * entity chain Meta returns (number → WABA → business → app). The state of a number comes from
 * `sim.setHealth()`; WABA, business and app are AVAILABLE. Templates are not modelled: a template node answers
 * AVAILABLE for any code.
 * @internal
 */

const AVAILABLE: CamsHealth = { CanSendMessage: 'AVAILABLE', Errors: [] };
const RANK = { AVAILABLE: 0, LIMITED: 1, BLOCKED: 2 } as const;

function health(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const nodeType = call.params.oneOf('NodeType', ['waba', 'phone', 'template'], true);
  const waba = boundWaba(call, channel);
  const entities: Record<string, unknown>[] = [];
  let worst: CamsHealth['CanSendMessage'] = 'AVAILABLE';
  const push = (entity: Record<string, unknown>, state: CamsHealth): void => {
    entities.push({ ...entity, CanSendMessage: state.CanSendMessage, Errors: state.Errors });
    if (RANK[state.CanSendMessage] > RANK[worst]) worst = state.CanSendMessage;
  };
  if (nodeType === 'phone') {
    if (!call.params.has('PhoneNumber')) throw missingParam('PhoneNumber');
    const number = numberOf(call, channel);
    push({ EntityType: 'PHONE_NUMBER', PhoneNumber: number.PhoneNumber, WabaId: waba.Id, BusinessId: waba.BusinessId }, number.health);
  } else if (nodeType === 'template') {
    push(
      {
        EntityType: 'MESSAGE_TEMPLATE',
        TemplateCode: call.params.required('TemplateCode'),
        Language: call.params.optional('Language') ?? 'en',
        WabaId: waba.Id,
        BusinessId: waba.BusinessId,
      },
      AVAILABLE,
    );
  } else if (call.params.optional('WabaId') !== undefined && call.params.optional('WabaId') !== waba.Id) {
    throw gateway('Unknown.ResourceOwnerId');
  }
  // Each entity names the ids it has: a number its WABA and business, the WABA its business, the app none.
  push({ EntityType: 'WABA', WabaId: waba.Id, BusinessId: waba.BusinessId }, AVAILABLE);
  push({ EntityType: 'BUSINESS', BusinessId: waba.BusinessId }, AVAILABLE);
  push({ EntityType: 'APP' }, AVAILABLE);
  return { Data: { CanSendMessage: worst, Entities: entities } };
}

/** @internal */
export const healthRoutes: CamsRoutes = {
  GetWhatsappHealthStatus: route(health, true, 5),
};
