import { channelOf, numberOf, type CamsCall } from '../pipeline/call.js';
import { route, type CamsRoutes } from '../pipeline/route.js';
import { REGISTRATION_LIMIT, REGISTRATION_WINDOW_MS } from '../state/store.js';
import type { CamsChannel, CamsPhoneNumber } from '../state/types.js';
import { metaError } from '../wire/errors.js';

/**
 * Verification and registration (contract §4.2): `GetChatappVerifyCode` (the code lands in `sim.inbox`; only the
 * latest is valid), `ChatappVerifyAndRegister` (verify + register in one call), `ChatappPhoneNumberRegister`,
 * `ChatappPhoneNumberDeregister`. Meta's failures behind CAMS have no documented CAMS code (§3.4, §7 #11): the
 * simulator answers `ERR-FB-001` with Meta's code as `(#NNN)` in `Message` (§3.6) — 136025 wrong code, 133006 not
 * verified, 133010 not registered, 133016 more than 10 registrations or deregistrations in 72 h.
 * @internal
 */

const CODE = /^[0-9]{6}$/;
const HOUR_MS = 3_600_000;

/** Sends a 6-digit code to the number (into `sim.inbox`). */
export function sendCode(call: CamsCall, channel: CamsChannel, number: CamsPhoneNumber, purpose: 'verification' | 'migration'): void {
  const method = call.params.oneOf('Method', ['sms', 'voice'], true, true) ?? 'sms';
  const locale = call.params.required('Locale');
  const code = call.store.random.codes.digits(6);
  call.store.inbox.push({ custSpaceId: channel.custSpaceId, phoneNumber: number.PhoneNumber, purpose, method, locale, code, at: call.now });
  number.pendingCode = code;
}

/** Checks `VerifyCode` against the latest code sent; a match verifies the number for 14 days. */
export function checkCode(call: CamsCall, number: CamsPhoneNumber): void {
  const code = call.params.required('VerifyCode');
  if (!CODE.test(code) || number.pendingCode === undefined || number.pendingCode !== code) {
    throw metaError(136025, "Code couldn't be verified, You have either entered the wrong code or the code has expired. Request a new code.");
  }
  number.pendingCode = undefined;
  number.verifiedAt = call.now;
}

/** Counts one attempt; the 11th in 72 h gets 133016 and blocks the action for 72 h (every attempt counts). */
export function countAttempt(number: CamsPhoneNumber, action: 'register' | 'deregister', now: number): void {
  const key = action === 'register' ? 'registerLog' : 'deregisterLog';
  const blockedKey = action === 'register' ? 'registerBlockedUntil' : 'deregisterBlockedUntil';
  const log = number[key].filter((at) => now - at < REGISTRATION_WINDOW_MS);
  let until = number[blockedKey] !== undefined && now < (number[blockedKey] ?? 0) ? number[blockedKey] : undefined;
  if (until === undefined && log.length >= REGISTRATION_LIMIT) {
    until = now + REGISTRATION_WINDOW_MS;
    number[blockedKey] = until;
  }
  if (until !== undefined) {
    const hours = Math.ceil((until - now) / HOUR_MS);
    throw metaError(
      133016,
      `Registration or Deregistration failed because there were too many attempts for this phone number in a short period of time. Try again in ${hours} hours.`,
    );
  }
  number[key] = [...log, now];
}

/** Registers a number: VERIFIED needed unless it is CONNECTED already (a re-register). */
export function register(call: CamsCall, number: CamsPhoneNumber): void {
  countAttempt(number, 'register', call.now);
  const verification = call.store.codeVerificationStatus(number);
  if (number.Status !== 'CONNECTED' && verification !== 'VERIFIED') {
    throw metaError(
      133006,
      `Phone number re-verification needed: code_verification_status is ${verification}. Request a code with GetChatappVerifyCode and verify it with ChatappVerifyAndRegister.`,
    );
  }
  number.Status = 'CONNECTED';
  number.migration = undefined;
}

function requestCode(call: CamsCall) {
  const channel = channelOf(call, 'required');
  const number = numberOf(call, channel);
  if (number.Status === 'MIGRATED') throw metaError(136024, 'This phone number was migrated to another WhatsApp Business Account.');
  sendCode(call, channel, number, 'verification');
  return {};
}

function verifyAndRegister(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  checkCode(call, number);
  register(call, number);
  return {};
}

function registerOnly(call: CamsCall) {
  register(call, numberOf(call, channelOf(call, 'required')));
  return {};
}

function deregister(call: CamsCall) {
  const number = numberOf(call, channelOf(call, 'required'));
  countAttempt(number, 'deregister', call.now);
  if (number.Status !== 'CONNECTED') throw metaError(133010, 'The phone number is not registered.');
  number.Status = 'DISCONNECTED';
  return {};
}

/** @internal */
export const verificationRoutes: CamsRoutes = {
  GetChatappVerifyCode: route(requestCode, true),
  ChatappVerifyAndRegister: route(verifyAndRegister, true),
  ChatappPhoneNumberRegister: route(registerOnly, true),
  // No `Success` in the deregister model (contract §4.2).
  ChatappPhoneNumberDeregister: route(deregister, false),
};
