import { channelOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import type { CamsChannel, CamsWaba } from '../state/types.js';
import { gateway, invalidParam, metaError, noWaba } from '../wire/errors.js';

/**
 * Embedded Signup and WABA binding (contract §4.1): `IsvGetAppId`, `GetPermissionByCode`, `ChatappBindWaba`,
 * `QueryChatappBindWaba`, `QueryWabaBusinessInfo`. Signup codes come from `sim.embeddedSignup.issueCode()`
 * (Meta: 30 s, single use); a bad code is Meta's refusal behind CAMS (`ERR-FB-001`, the simulator's choice: §7 #11).
 * @internal
 */

/** The bound WABA of a channel, or MAAP-0060. */
export function boundWaba(call: CamsCall, channel: CamsChannel): CamsWaba {
  const waba = channel.wabaId === undefined ? undefined : call.store.wabas.get(channel.wabaId);
  if (waba === undefined) throw noWaba();
  return waba;
}

/** The bound WABA, which must be the `WabaId` parameter. */
export function namedWaba(call: CamsCall, channel: CamsChannel): CamsWaba {
  const wabaId = call.params.required('WabaId');
  const waba = boundWaba(call, channel);
  if (waba.Id !== wabaId) throw gateway('Unknown.ResourceOwnerId');
  return waba;
}

/** Meta's "does not exist" text, which `ERR-FB-001` carries (contract §3.4). */
export function unsupportedObject(id: string): ReturnType<typeof metaError> {
  return metaError(
    100,
    `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
  );
}

/** Consumes a signup code for `wabaId` (or any WABA when the code names none). */
export function consumeSignupCode(call: CamsCall, code: string, wabaId?: string): void {
  const entry = call.store.signupCodes.get(code);
  if (entry === undefined || (wabaId !== undefined && entry.wabaId !== undefined && entry.wabaId !== wabaId)) {
    throw metaError(100, 'Invalid verification code format.');
  }
  if (entry.used) throw metaError(100, 'This authorization code has been used.');
  if (call.now >= entry.expiresAt) throw metaError(100, 'This authorization code has expired.');
  entry.used = true;
}

function isvGetAppId(call: CamsCall) {
  call.params.oneOf('Type', ['whatsapp'], true, true);
  call.params.oneOf('Permissions', ['whatsapp_business_messaging', 'ads_management', 'catalog_management'], false);
  return { AppId: call.store.embeddedSignupApp.appId, ConfigId: call.store.embeddedSignupApp.configId };
}

function getPermissionByCode(call: CamsCall) {
  const code = call.params.required('Code');
  if (call.params.optional('CustSpaceId') !== undefined) channelOf(call, 'optional');
  const permissions = call.params.stringArray('Permissions') ?? [];
  for (const permission of permissions) {
    if (permission !== 'ads_management' && permission !== 'catalog_management') throw invalidParam('Permissions');
  }
  consumeSignupCode(call, code);
  return {};
}

function bindWaba(call: CamsCall) {
  const wabaId = call.params.required('WabaId');
  const waba = call.store.wabas.get(wabaId);
  if (waba === undefined) throw unsupportedObject(wabaId);
  const bound = call.store.channelOfWaba(wabaId);
  if (bound !== undefined && bound.accountId !== call.accountId) throw gateway('Unknown.ResourceOwnerId');
  const channel: CamsChannel = bound ?? {
    custSpaceId: call.store.newCustSpaceId(),
    accountId: call.accountId,
    wabaId,
    numbers: new Map(),
    accountWebhook: { StatusCallbackUrl: '', HttpFlag: 'N', QueueFlag: 'N' },
  };
  call.store.channels.set(channel.custSpaceId, channel);
  return { Data: { CustSpaceId: channel.custSpaceId, WabaId: wabaId } };
}

function queryBindWaba(call: CamsCall) {
  const waba = boundWaba(call, channelOf(call, 'optional'));
  return { Data: { ...waba, AuthInternationalRateEligibility: {} } };
}

function queryBusinessInfo(call: CamsCall) {
  const waba = namedWaba(call, channelOf(call, 'required'));
  return { Data: { BusinessId: waba.BusinessId, BusinessName: waba.BusinessName, VerificationStatus: waba.VerificationStatus, Vertical: waba.Vertical } };
}

/** @internal */
export const onboardingRoutes: CamsRoutes = {
  IsvGetAppId: route(isvGetAppId, false),
  GetPermissionByCode: route(getPermissionByCode, false, 5),
  ChatappBindWaba: route(bindWaba, true),
  QueryChatappBindWaba: route(queryBindWaba, true),
  QueryWabaBusinessInfo: route(queryBusinessInfo, true),
};
