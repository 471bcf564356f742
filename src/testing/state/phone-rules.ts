import type { SimBusiness, SimPhoneNumber } from './types.js';

/**
 * Time rules and derived states of a phone number (domain.md "Phone numbers", contract §3–§6). Pure functions of
 * a record and the current time, so `sim.state` and the handlers always agree.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** VERIFIED lasts 14 days (contract §3.1 `code_verification_status`, [G-NODE]). */
export const VERIFICATION_TTL_MS = 14 * DAY_MS;
/** Register and deregister: 10 each per number in a moving 72 h window; the 11th blocks the action 72 h (§3.4). */
export const REGISTRATION_WINDOW_MS = 72 * HOUR_MS;
export const REGISTRATION_LIMIT = 10;
/**
 * Wrong PIN guesses tolerated per moving hour before 133008. Meta documents the code but not the numbers; the
 * simulator's choice: 5 wrong guesses within 1 h, then every attempt gets 133008 until the oldest ages out.
 */
export const PIN_GUESS_LIMIT = 5;
export const PIN_GUESS_WINDOW_MS = HOUR_MS;
/** A PIN attempt less than 1 s after a wrong one gets 133009 (simulator's choice; Meta gives no number). */
export const PIN_TOO_FAST_MS = 1000;
/** Display-name changes: 10 per 30 days (§6, [D-DN]). */
export const NAME_CHANGE_LIMIT = 10;
export const NAME_CHANGE_WINDOW_MS = 30 * DAY_MS;
/** After approval, the number must be registered again within 14 days or the new name expires ([D-DN]). */
export const NAME_APPLY_WINDOW_MS = 14 * DAY_MS;
/** Registered numbers per business portfolio: 2 until verified, then 20 (domain.md, [D-PN]). */
export const UNVERIFIED_NUMBER_CAP = 2;
export const VERIFIED_NUMBER_CAP = 20;
/** Block users only after an inbound message in the last 24 h ([D-BLK]). */
export const BLOCK_WINDOW_MS = DAY_MS;

/** The three verification states ([OA25], [G-NODE]). */
export type CodeVerificationStatus = 'NOT_VERIFIED' | 'VERIFIED' | 'EXPIRED';

/** NOT_VERIFIED until verify_code succeeds, VERIFIED for 14 days, then EXPIRED. */
export function codeVerificationStatus(phone: SimPhoneNumber, now: number): CodeVerificationStatus {
  if (phone.verifiedAt === undefined) return 'NOT_VERIFIED';
  return now - phone.verifiedAt < VERIFICATION_TTL_MS ? 'VERIFIED' : 'EXPIRED';
}

/** `new_name_status`, with an approved-but-never-applied name turning EXPIRED after 14 days. */
export function newNameStatus(phone: SimPhoneNumber, now: number): string | undefined {
  if (
    phone.newNameStatus === 'APPROVED' &&
    phone.nameDecidedAt !== undefined &&
    now - phone.nameDecidedAt > NAME_APPLY_WINDOW_MS
  ) {
    return 'EXPIRED';
  }
  return phone.newNameStatus;
}

/** The registered-number cap of a business. */
export function numberCap(business: SimBusiness): number {
  return business.maxPhoneNumbers ?? (business.verified ? VERIFIED_NUMBER_CAP : UNVERIFIED_NUMBER_CAP);
}

/** Keeps only the times inside a moving window ending now. */
export function within(times: readonly number[], now: number, windowMs: number): number[] {
  return times.filter((at) => at > now - windowMs);
}

/** `+1 555-012-3456` for NANP numbers, `+<cc> <national>` otherwise. */
export function displayPhoneNumber(cc: string, national: string): string {
  if (cc === '1' && national.length === 10) {
    return `+1 ${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;
  }
  return `+${cc} ${national}`;
}

/** Whether the number is registered on Cloud API and may send. */
export function isRegistered(phone: SimPhoneNumber): boolean {
  return phone.status === 'CONNECTED';
}
