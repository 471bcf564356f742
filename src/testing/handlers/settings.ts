import type { SimPhoneNumber } from '../state/types.js';
import { invalidParam } from '../wire/graph-error.js';
import { ok, success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { assertStorageChangeAllowed, checkRegion } from './local-storage.js';

/**
 * `GET|POST /{phone}/settings` (contract §3.5): identity-change check, local storage, calling and payload
 * encryption. "Only one feature setting can be specified per request" ([OA23]).
 * @internal
 */

const FEATURES = ['user_identity_change', 'storage_configuration', 'calling', 'payload_encryption'] as const;

function read(_ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const storage: Record<string, unknown> = { status: phone.storage.status };
  if (phone.storage.region !== undefined) storage['data_localization_region'] = phone.storage.region;
  return ok({
    storage_configuration: storage,
    user_identity_change: { enable_identity_key_check: phone.identityKeyCheck },
    ...(phone.calling === undefined ? {} : { calling: phone.calling }),
  });
}

function setIdentityCheck(phone: SimPhoneNumber, value: Record<string, unknown>): void {
  const enable = value['enable_identity_key_check'];
  // [OA23] names it `enabled`; the docs (and Graph) use `enable_identity_key_check` (§8).
  if (typeof enable !== 'boolean') {
    throw invalidParam('Param user_identity_change[enable_identity_key_check] must be a boolean');
  }
  phone.identityKeyCheck = enable;
}

function setStorage(phone: SimPhoneNumber, value: Record<string, unknown>): void {
  const status = value['status'];
  if (status !== 'IN_COUNTRY_STORAGE_ENABLED' && status !== 'IN_COUNTRY_STORAGE_DISABLED') {
    throw invalidParam(
      'Param storage_configuration[status] must be one of {IN_COUNTRY_STORAGE_ENABLED, IN_COUNTRY_STORAGE_DISABLED}',
    );
  }
  assertStorageChangeAllowed(phone);
  if (status === 'IN_COUNTRY_STORAGE_DISABLED') {
    phone.storage = { status };
    return;
  }
  const region = value['data_localization_region'];
  if (typeof region !== 'string') {
    throw invalidParam('Param storage_configuration[data_localization_region] is required to enable local storage');
  }
  checkRegion('storage_configuration[data_localization_region]', region);
  phone.storage = { status, region };
}

function update(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const present = FEATURES.filter((name) => ctx.params.has(name));
  if (present.length !== 1) {
    throw invalidParam(`Exactly one feature setting must be specified per request (one of ${FEATURES.join(', ')})`);
  }
  const feature = present[0] ?? 'user_identity_change';
  const value = ctx.params.object(feature) ?? {};
  if (feature === 'user_identity_change') setIdentityCheck(phone, value);
  else if (feature === 'storage_configuration') setStorage(phone, value);
  else if (feature === 'calling') phone.calling = { ...phone.calling, ...value };
  // payload_encryption is accepted and not modelled further.
  return success();
}

/** @internal */
export const settingsRoutes: EdgeRoutes<SimPhoneNumber> = { GET: read, POST: update };
