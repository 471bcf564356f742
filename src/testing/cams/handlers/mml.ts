import { channelOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import { boundWaba, consumeSignupCode, namedWaba } from './onboarding.js';

/**
 * Marketing Messages Lite (contract §4.8): `UpdateWabaMmlStatus` hands Meta's MM Lite signup code (from
 * `sim.embeddedSignup.issueCode({ wabaId })`) to CAMS; `QueryMMLActive` answers `Data` `Y` / `N` (values are
 * undocumented; the simulator uses the `Y`/`N` of `QueryChatappBindWaba.MarketingMessageLiteStatus`). No QPS is
 * documented for either.
 * @internal
 */

function update(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const code = call.params.required('Code');
  const waba = namedWaba(call, channel);
  consumeSignupCode(call, code, waba.Id);
  waba.MarketingMessageLiteStatus = 'Y';
  return { Model: {} };
}

function query(call: CamsCall) {
  return { Data: boundWaba(call, channelOf(call, 'optional')).MarketingMessageLiteStatus };
}

/** @internal */
export const mmlRoutes: CamsRoutes = {
  UpdateWabaMmlStatus: route(update, true, 'undocumented'),
  QueryMMLActive: route(query, true, 'undocumented'),
};
