import {
  codeVerificationStatus,
  HOUR_MS,
  isRegistered,
  newNameStatus,
  numberCap,
  PIN_GUESS_LIMIT,
  PIN_GUESS_WINDOW_MS,
  PIN_TOO_FAST_MS,
  REGISTRATION_LIMIT,
  REGISTRATION_WINDOW_MS,
  within,
} from '../state/phone-rules.js';
import type { SimStore } from '../state/store.js';
import type { SimPhoneNumber } from '../state/types.js';
import { graphError, invalidParam } from '../wire/graph-error.js';
import { success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';
import { assertStorageChangeAllowed, checkRegion } from './local-storage.js';

/**
 * `POST /{phone}/register` and `/deregister` (contract §3.4, domain.md "Phone numbers").
 *
 * Order of checks on register: quota (every attempt counts, 133016) → parameters (#100) → verification (133006,
 * unless re-registering a CONNECTED number) → registered-number cap of the business → PIN (133008, 133009,
 * 133005; the first register sets the PIN) → CONNECTED / CLOUD_API.
 *
 * The cap (2 registered numbers per business until verified, then 20) has no documented error code; the
 * simulator answers `(#100) Invalid parameter` with details, a code the register reference lists.
 * @internal
 */

const PIN = /^[0-9]{6}$/;

/** Counts one register/deregister attempt; the 11th in 72 h gets 133016 and blocks the action 72 h. */
function countAttempt(phone: SimPhoneNumber, action: 'register' | 'deregister', now: number): void {
  const blockedUntil = action === 'register' ? phone.registerBlockedUntil : phone.deregisterBlockedUntil;
  const log = within(action === 'register' ? phone.registerLog : phone.deregisterLog, now, REGISTRATION_WINDOW_MS);
  let until = blockedUntil !== undefined && now < blockedUntil ? blockedUntil : undefined;
  if (until === undefined && log.length >= REGISTRATION_LIMIT) {
    until = now + REGISTRATION_WINDOW_MS;
    if (action === 'register') phone.registerBlockedUntil = until;
    else phone.deregisterBlockedUntil = until;
  }
  if (until !== undefined) {
    const hours = Math.ceil((until - now) / HOUR_MS);
    throw graphError(
      133016,
      `Registration or Deregistration failed because there were too many attempts for this phone number in a short period of time. Try again in ${hours} hours.`,
    );
  }
  if (action === 'register') phone.registerLog = [...log, now];
  else phone.deregisterLog = [...log, now];
}

/** PIN rules: 5 wrong guesses per hour then 133008; a guess < 1 s after a wrong one gets 133009. */
function checkPin(phone: SimPhoneNumber, pin: string, now: number): void {
  const failures = within(phone.pinFailures, now, PIN_GUESS_WINDOW_MS);
  const oldest = failures[0];
  if (failures.length >= PIN_GUESS_LIMIT && oldest !== undefined) {
    const minutes = Math.max(1, Math.ceil((oldest + PIN_GUESS_WINDOW_MS - now) / 60_000));
    throw graphError(133008, `Too many incorrect two-step verification PIN guesses. Wait ${minutes} minutes before trying again.`);
  }
  if (phone.lastPinFailureAt !== undefined && now - phone.lastPinFailureAt < PIN_TOO_FAST_MS) {
    throw graphError(133009, 'Two-step verification PIN guessed too fast. Wait a few seconds before trying again.');
  }
  if (phone.pin === undefined) {
    phone.pin = pin;
    return;
  }
  if (phone.pin !== pin) {
    phone.pinFailures = [...failures, now];
    phone.lastPinFailureAt = now;
    throw graphError(
      133005,
      'The PIN does not match the two-step verification PIN of this phone number. Change it with POST /{phone-number-id} {"pin": "…"} if it was lost.',
    );
  }
  phone.pinFailures = [];
}

function registeredInBusiness(store: SimStore, businessId: string): number {
  let count = 0;
  for (const phone of store.phones.values()) {
    if (isRegistered(phone) && store.wabas.get(phone.wabaId)?.businessId === businessId) count += 1;
  }
  return count;
}

function register(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const { store, params, now } = ctx;
  countAttempt(phone, 'register', now);
  if (params.required('messaging_product').toLowerCase() !== 'whatsapp') {
    throw invalidParam('Param messaging_product must be "whatsapp"');
  }
  const pin = params.required('pin');
  if (!PIN.test(pin)) throw invalidParam('Param pin must be a string of 6 digits');
  const region = params.string('data_localization_region');
  if (region !== undefined) {
    checkRegion('data_localization_region', region);
    if (isRegistered(phone) && region !== phone.storage.region) assertStorageChangeAllowed(phone);
  }
  if (phone.status === 'MIGRATED') {
    throw invalidParam('This phone number was migrated to another WhatsApp Business Account; register it there.');
  }
  const wasRegistered = isRegistered(phone);
  if (!wasRegistered) {
    const verification = codeVerificationStatus(phone, now);
    if (verification !== 'VERIFIED') {
      throw graphError(
        133006,
        `Phone number re-verification needed: code_verification_status is ${verification}. Request a code with /request_code and verify it with /verify_code, then register.`,
      );
    }
    const business = store.businessOf(store.wabaOf(phone));
    const cap = numberCap(business);
    if (registeredInBusiness(store, business.id) >= cap) {
      throw invalidParam(
        `The business portfolio has reached its limit of ${cap} registered phone numbers${business.verified ? '' : ' (verify the business to raise it to 20)'}.`,
      );
    }
  }
  checkPin(phone, pin, now);
  phone.status = 'CONNECTED';
  phone.platformType = 'CLOUD_API';
  phone.registeredAt = now;
  if (region !== undefined) phone.storage = { status: 'IN_COUNTRY_STORAGE_ENABLED', region };
  // An approved new display name takes effect when the number registers again ([D-DN]).
  if (newNameStatus(phone, now) === 'APPROVED' && phone.newDisplayName !== undefined) {
    phone.verifiedName = phone.newDisplayName;
    phone.nameStatus = 'APPROVED';
    phone.newDisplayName = undefined;
    phone.newNameStatus = undefined;
  }
  completeMigration(store, phone);
  return success();
}

/** Registering the destination copy ends a migration: the source copy becomes MIGRATED (domain.md "Migration"). */
function completeMigration(store: SimStore, phone: SimPhoneNumber): void {
  if (phone.migratedFromId === undefined) return;
  const source = store.phones.get(phone.migratedFromId);
  if (!source || source.status === 'MIGRATED') return;
  source.status = 'MIGRATED';
  source.platformType = 'NOT_APPLICABLE';
  source.migratedToId = phone.id;
}

function deregister(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  countAttempt(phone, 'deregister', ctx.now);
  if (phone.isOnBizApp) {
    throw invalidParam('A number that uses the WhatsApp Business app and Cloud API (coexistence) cannot be deregistered.');
  }
  if (!isRegistered(phone)) throw graphError(133010, 'The phone number is not registered.');
  phone.status = 'DISCONNECTED';
  phone.platformType = 'NOT_APPLICABLE';
  phone.registeredAt = undefined;
  // Deregistering disables local storage (contract §3.4).
  phone.storage = { status: 'IN_COUNTRY_STORAGE_DISABLED' };
  return success();
}

/** @internal */
export const registerRoutes: EdgeRoutes<SimPhoneNumber> = { POST: register };
/** @internal */
export const deregisterRoutes: EdgeRoutes<SimPhoneNumber> = { POST: deregister };
