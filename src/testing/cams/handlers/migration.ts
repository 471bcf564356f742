import { channelOf, numberOf, PHONE_DIGITS, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import { newPhoneNumber } from '../state/records.js';
import type { CamsPhoneNumber } from '../state/types.js';
import { badPhoneNumber, metaError } from '../wire/errors.js';
import { boundWaba } from './onboarding.js';
import { checkCode, register, sendCode } from './verification.js';

/**
 * Migration from another BSP (contract §4.3): `CreateChatappMigrationInitiate` → `GetMigrationVerifyCode` →
 * `ChatappMigrationVerified` → `ChatappMigrationRegister`. The source is a number of `sim.seed.externalNumber()`,
 * which must be `released` (two-step verification off). Meta's refusals use the Graph simulator's codes: 2388103
 * (not on another WABA / not released), 2388012 (already in this channel), 136025 (wrong code), 133006 (register
 * before verified).
 * @internal
 */

function migrating(call: CamsCall): CamsPhoneNumber {
  const number = numberOf(call, channelOf(call, 'required'));
  if (number.migration === undefined) throw metaError(100, 'The phone number is not being migrated: call CreateChatappMigrationInitiate first.');
  return number;
}

function initiate(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const cc = call.params.required('CountryCode');
  const national = call.params.required('MobileNumber');
  if (!/^[1-9][0-9]{0,2}$/.test(cc) || !/^[0-9]{4,14}$/.test(national) || !PHONE_DIGITS.test(`${cc}${national}`)) throw badPhoneNumber();
  boundWaba(call, channel);
  const digits = `${cc}${national}`;
  const existing = channel.numbers.get(digits);
  if (existing?.migration !== undefined) {
    return { Data: { Id: existing.id, PhoneNumber: digits, Status: 'MIGRATING' } };
  }
  if (existing) throw metaError(2388012, "The phone number is already in this WhatsApp Business Account's phone number list.");
  const source = call.store.external.get(digits);
  if (source === undefined || source.migratedTo !== undefined) {
    throw metaError(2388103, 'The phone number is not registered on another WhatsApp Business Account and can be added directly with AddChatappPhoneNumber.');
  }
  if (!source.released) {
    throw metaError(
      2388103,
      'The source WhatsApp Business Account has not released this phone number. Its owner must disable two-step verification and release the number first.',
    );
  }
  const number = newPhoneNumber({ cc, national, id: call.store.newMetaId(), verifiedName: source.VerifiedName });
  number.Status = 'MIGRATING';
  number.NameStatus = 'Approval';
  number.migration = 'initiated';
  channel.numbers.set(digits, number);
  return { Data: { Id: number.id, PhoneNumber: digits, Status: 'MIGRATING' } };
}

function requestCode(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const number = migrating(call);
  sendCode(call, channel, number, 'migration');
  number.migration = 'code_sent';
  return { Data: { Id: number.id, PhoneNumber: number.PhoneNumber } };
}

function verified(call: CamsCall) {
  const number = migrating(call);
  checkCode(call, number);
  number.migration = 'verified';
  return { Data: { Id: number.id, PhoneNumber: number.PhoneNumber } };
}

function registerMigrated(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const number = migrating(call);
  if (number.migration !== 'verified') {
    throw metaError(133006, 'Phone number re-verification needed: verify the migration code with ChatappMigrationVerified first.');
  }
  register(call, number);
  number.QualityRating = 'GREEN';
  const source = call.store.external.get(number.PhoneNumber);
  if (source) source.migratedTo = channel.custSpaceId;
  return {};
}

/** @internal */
export const migrationRoutes: CamsRoutes = {
  CreateChatappMigrationInitiate: route(initiate, false),
  GetMigrationVerifyCode: route(requestCode, false),
  ChatappMigrationVerified: route(verified, false),
  ChatappMigrationRegister: route(registerMigrated, false),
};
