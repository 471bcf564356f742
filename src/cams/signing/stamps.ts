/**
 * The two values that make every signed request unique (contract §2.1, §2.4): `x-acs-date` and
 * `x-acs-signature-nonce`. Both are made on every attempt, so both avoid per-call work that can be shared.
 */

import { toHex } from './digest.js';

const NONCE_BYTES = 16;
// 64 nonces' worth of random bytes per `getRandomValues` call: in Node each call costs a WebIDL conversion and a
// trip to the system RNG (several µs, more than the rest of the signer's own JS). Every byte is handed out once.
const POOL_BYTES = NONCE_BYTES * 64;

let pool: Uint8Array | undefined;
let poolOffset = POOL_BYTES;

function pooledRandom(): Uint8Array {
  if (pool === undefined || poolOffset + NONCE_BYTES > pool.length) {
    pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_BYTES));
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + NONCE_BYTES);
  poolOffset += NONCE_BYTES;
  return bytes;
}

// The last second formatted: calls within one second share one `x-acs-date` string (seconds only, contract §2.1).
let lastSecond = Number.NaN;
let lastDate = '';

/**
 * The `x-acs-date` for an instant: UTC `YYYY-MM-DDTHH:mm:ssZ`, no milliseconds (contract §2.1).
 *
 * Pure (the last second formatted is remembered). The gateway rejects a date more than 15 minutes off its clock
 * (`InvalidTimeStamp.Expired`).
 *
 * @throws {RangeError} when `epochMs` is not a finite instant between years 0 and 9999.
 * @example
 * acsDate(Date.UTC(2026, 10, 20, 8, 30, 0, 999)); // '2026-11-20T08:30:00Z'
 */
export function acsDate(epochMs: number): string {
  const ms = Number.isFinite(epochMs) ? Math.floor(epochMs) : Number.NaN;
  // NaN never equals itself, so a non-finite input always reaches the check below; only valid seconds are kept.
  const second = Math.floor(ms / 1000);
  if (second === lastSecond) return lastDate;
  const date = new Date(ms);
  const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString();
  if (!/^\d{4}-/.test(iso)) throw new RangeError('acsDate: epochMs must be a finite instant between years 0 and 9999');
  lastDate = `${iso.slice(0, 19)}Z`;
  lastSecond = second;
  return lastDate;
}

/**
 * A fresh `x-acs-signature-nonce`: 32 lowercase hex characters from 16 random bytes (what the official SDK sends).
 *
 * Takes 16 bytes from `crypto.getRandomValues` (drawn 64 nonces at a time, each byte used once) unless `random` is
 * given (tests inject a fixed source).
 *
 * @throws {RangeError} when `random` returns fewer than 16 bytes.
 * @example
 * newNonce(); // e.g. '6a1f0c2e9b8d4f7a3c5e1b0d2f4a6c8e'
 */
export function newNonce(random: () => Uint8Array = pooledRandom): string {
  const bytes = random();
  if (!(bytes instanceof Uint8Array) || bytes.length < NONCE_BYTES) throw new RangeError('newNonce: the random source must return at least 16 bytes');
  return toHex(bytes.subarray(0, NONCE_BYTES));
}
